using Grpc.Core;
using Nplv.Measures.Domain;
using Nplv.Measures.V1;
using Nplv.Shared.Domain;

namespace Nplv.Measures.Grpc;

public sealed class MeasuresGrpcService(MeasureRegistry registry, IMeasureStore store) : MeasuresService.MeasuresServiceBase
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    public override async Task<V1.Measure> CreateMeasure(CreateMeasureRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .OptionalUuid(request.RequestId, "request_id", out var requestId)
            .RequireUuid(request.LeadPartnerId, "lead_partner_id", out var leadPartnerId);

        var status = request.Status == V1.MeasureStatus.Unspecified ? Domain.MeasureStatus.Idee : request.Status.ToDomain();
        validator.Require(status is not null, "status", "is not a known status");

        var measure = new NewMeasure(
            requestId,
            request.Title,
            request.Description,
            request.Theme.ToDomain(),
            [.. request.AreaCodes.Select(code => code.Trim())],
            leadPartnerId,
            status ?? Domain.MeasureStatus.Idee);

        var created = await registry.CreateAsync(measure, validator, context.CancellationToken);
        return created.ToProto();
    }

    public override async Task<V1.Measure> GetMeasure(GetMeasureRequest request, ServerCallContext context)
    {
        new Validator().RequireUuid(request.Id, "id", out var id).ThrowIfInvalid();

        var measure = await store.GetAsync(id, context.CancellationToken);
        return measure.ToProto();
    }

    public override async Task<ListMeasuresResponse> ListMeasures(ListMeasuresRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var pageSize = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize, validator);
        var afterId = PageToken.DecodeId(request.PageToken, validator);
        validator.ThrowIfInvalid();

        var found = await store.ListAsync(pageSize + 1, afterId, context.CancellationToken);
        var page = Page<Domain.Measure>.From(found, pageSize, measure => measure.Id.ToString());
        var response = new ListMeasuresResponse { NextPageToken = page.NextPageToken };
        response.Measures.AddRange(page.Items.Select(m => m.ToProto()));
        return response;
    }
}
