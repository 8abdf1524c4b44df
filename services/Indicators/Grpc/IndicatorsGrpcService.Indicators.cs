using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Grpc;

public sealed partial class IndicatorsGrpcService
{
    private const int MaxBatch = 200;

    public override async Task<Indicator> CreateIndicator(CreateIndicatorRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .OptionalUuid(request.RequestId, "request_id", out var requestId)
            .Require(request.Indicator is not null, "indicator", "is required");
        var draft = request.Indicator?.ToDraft();
        draft?.Validate(validator, "indicator.");
        validator.ThrowIfInvalid();

        var created = await indicators.CreateAsync(requestId, draft!, context.CancellationToken);
        return created.ToProto();
    }

    public override async Task<Indicator> GetIndicator(GetIndicatorRequest request, ServerCallContext context)
    {
        new Validator().RequireText(request.Code, "code", Domain.IndicatorDraft.MaxCodeLength).ThrowIfInvalid();

        var indicator = await indicators.GetAsync(request.Code.Trim(), context.CancellationToken);
        return indicator.ToProto();
    }

    public override async Task<Indicator> UpdateIndicator(UpdateIndicatorRequest request, ServerCallContext context)
    {
        var validator = new Validator().Require(request.Indicator is not null, "indicator", "is required");
        var draft = request.Indicator?.ToDraft();
        draft?.Validate(validator, "indicator.");
        validator.Require(request.Indicator is null || request.Indicator.Version >= 1, "indicator.version",
            "must be the version that was read");
        validator.ThrowIfInvalid();

        var updated = await indicators.UpdateAsync(draft!, request.Indicator!.Version, context.CancellationToken);
        return updated.ToProto();
    }

    public override async Task<ListIndicatorsResponse> ListIndicators(ListIndicatorsRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .Require(request.Theme == "" || Domain.IndicatorDraft.Themes.Contains(request.Theme), "theme", "is not a theme");
        var pageSize = PageToken.Size(request.PageSize, 50, MaxBatch, validator);
        var afterCode = PageToken.Decode(request.PageToken, validator);
        validator.ThrowIfInvalid();

        var found = await indicators.ListAsync(
            request.Theme == "" ? null : request.Theme, pageSize + 1, afterCode, context.CancellationToken);
        var page = Page<Domain.Indicator>.From(found, pageSize, indicator => indicator.Code);
        var response = new ListIndicatorsResponse { NextPageToken = page.NextPageToken };
        response.Indicators.AddRange(page.Items.Select(i => i.ToProto()));
        return response;
    }

    public override async Task<BatchGetIndicatorsResponse> BatchGetIndicators(
        BatchGetIndicatorsRequest request, ServerCallContext context)
    {
        var codes = ValidBatch(request.Codes, "codes", Domain.IndicatorDraft.MaxCodeLength);
        var found = await indicators.BatchGetAsync(codes, context.CancellationToken);
        BatchRead.ThrowIfAnyMissing("indicator", codes, found.Select(i => i.Code));

        var response = new BatchGetIndicatorsResponse();
        response.Indicators.AddRange(found.Select(i => i.ToProto()));
        return response;
    }
}
