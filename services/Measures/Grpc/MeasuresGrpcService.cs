using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Nplv.Measures.Domain;
using Nplv.Measures.V1;
using Nplv.Shared.Domain;
using Nplv.Shared.Grpc;

namespace Nplv.Measures.Grpc;

[BindServiceMethod(typeof(ReadableRequestMessages<MeasuresService.MeasuresServiceBase>), "BindService")]
public sealed class MeasuresGrpcService(MeasureRegistry registry, IMeasureStore store) : MeasuresService.MeasuresServiceBase
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;
    private const int MaxAreaCodes = 200;
    private const int MaxAreaCodeLength = 16;

    public override async Task<V1.Measure> CreateMeasure(CreateMeasureRequest request, ServerCallContext context)
    {
        var validator = new Validator().OptionalUuid(request.RequestId, "request_id", out var requestId);
        var draft = MeasureFields.Of(request).ToDraft(validator, defaultStatus: Domain.MeasureStatus.Idee);

        var created = await registry.CreateAsync(requestId, draft, validator, context.CancellationToken);
        return created.ToProto();
    }

    public override async Task<V1.Measure> UpdateMeasure(UpdateMeasureRequest request, ServerCallContext context)
    {
        new Validator().Require(request.Measure is not null, "measure", "is required").ThrowIfInvalid();
        var measure = request.Measure!;
        // Every field of an update sits inside its measure message.
        var validator = new Validator("measure.")
            .RequireUuid(measure.Id, "id", out var id)
            .Require(measure.Version >= 1, "version", "must be the version that was read");
        var draft = MeasureFields.Of(measure).ToDraft(validator, defaultStatus: null);

        var updated = await registry.UpdateAsync(id, measure.Version, draft, validator, context.CancellationToken);
        return updated.ToProto();
    }

    public override async Task<Empty> DeleteMeasure(DeleteMeasureRequest request, ServerCallContext context)
    {
        new Validator()
            .RequireUuid(request.Id, "id", out var id)
            .Require(request.Version >= 1, "version", "must be the version that was read")
            .ThrowIfInvalid();

        await store.DeleteAsync(id, request.Version, context.CancellationToken);
        return new Empty();
    }

    public override async Task<V1.Measure> GetMeasure(GetMeasureRequest request, ServerCallContext context)
    {
        new Validator().RequireUuid(request.Id, "id", out var id).ThrowIfInvalid();

        var measure = await store.GetAsync(id, context.CancellationToken);
        return measure.ToProto();
    }

    public override async Task<BatchGetMeasuresResponse> BatchGetMeasures(BatchGetMeasuresRequest request, ServerCallContext context)
    {
        new Validator().RequireUuids(request.Ids, "ids", MaxPageSize, out var ids).ThrowIfInvalid();

        var found = await store.BatchGetAsync(ids, context.CancellationToken);
        BatchRead.ThrowIfAnyMissing("measure", ids, found.Select(m => m.Id));

        return new BatchGetMeasuresResponse { Measures = { found.Select(m => m.ToProto()) } };
    }

    public override async Task<ListMeasuresResponse> ListMeasures(ListMeasuresRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .Require(request.Theme == V1.Theme.Unspecified || request.Theme.ToDomain() is not null, "theme", "is not a known theme")
            .Require(request.Status == V1.MeasureStatus.Unspecified || request.Status.ToDomain() is not null, "status", "is not a known status")
            .OptionalText(request.AreaCode, "area_code", MaxAreaCodeLength)
            .RequireCodes(request.AreaCodes, "area_codes", MaxAreaCodes, MaxAreaCodeLength)
            .OptionalUuid(request.PartnerId, "partner_id", out var partnerId);
        var asOf = validator.OptionalTime(request.AsOf, "as_of");
        var pageSize = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize, validator);
        var afterId = PageToken.DecodeId(request.PageToken, validator);
        validator.ThrowIfInvalid();

        // area_code is one more code of the any-of list.
        var areaCodes = request.AreaCodes.Append(request.AreaCode)
            .Where(code => !string.IsNullOrWhiteSpace(code)).Select(code => code.Trim()).Distinct().ToList();
        var filter = new MeasureFilter(request.Theme.ToDomain(), areaCodes, request.Status.ToDomain(), partnerId, asOf);
        var found = await store.ListAsync(filter, pageSize + 1, afterId, context.CancellationToken);
        var page = Page<Domain.Measure>.From(found, pageSize, measure => measure.Id.ToString());
        var response = new ListMeasuresResponse { NextPageToken = page.NextPageToken };
        response.Measures.AddRange(page.Items.Select(m => m.ToProto()));
        return response;
    }
}
