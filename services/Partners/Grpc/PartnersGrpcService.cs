using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Nplv.Partners.Data;
using Nplv.Partners.Domain;
using Nplv.Partners.V1;
using Nplv.Shared.Domain;

namespace Nplv.Partners.Grpc;

[BindServiceMethod(typeof(ReadableRequestMessages<PartnersService.PartnersServiceBase>), "BindService")]
public sealed class PartnersGrpcService(PartnerStore store) : PartnersService.PartnersServiceBase
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;
    private const int MaxBatchSize = 200;

    public override async Task<V1.Partner> CreatePartner(CreatePartnerRequest request, ServerCallContext context)
    {
        var validator = new Validator().OptionalUuid(request.RequestId, "request_id", out var requestId);
        var partner = new NewPartner(requestId, request.ToDetails());
        partner.Validate(validator);
        validator.ThrowIfInvalid();

        var created = await store.CreateAsync(partner, context.CancellationToken);
        return created.ToProto();
    }

    public override async Task<V1.Partner> GetPartner(GetPartnerRequest request, ServerCallContext context)
    {
        var validator = new Validator().RequireUuid(request.Id, "id", out var id);
        validator.ThrowIfInvalid();

        var partner = await store.GetAsync(id, context.CancellationToken);
        return partner.ToProto();
    }

    public override async Task<V1.Partner> UpdatePartner(UpdatePartnerRequest request, ServerCallContext context)
    {
        var validator = new Validator().RequireUuid(request.Id, "id", out var id);
        var change = new PartnerChange(id, request.Version, request.ToDetails());
        change.Validate(validator);
        validator.ThrowIfInvalid();

        var updated = await store.UpdateAsync(change, context.CancellationToken);
        return updated.ToProto();
    }

    public override async Task<V1.Partner> ArchivePartner(ArchivePartnerRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .RequireUuid(request.Id, "id", out var id)
            .Require(request.Version >= 1, "version", "must be at least 1");
        validator.ThrowIfInvalid();

        var archived = await store.ArchiveAsync(id, request.Version, context.CancellationToken);
        return archived.ToProto();
    }

    public override async Task<BatchGetPartnersResponse> BatchGetPartners(BatchGetPartnersRequest request, ServerCallContext context)
    {
        new Validator().RequireUuids(request.Ids, "ids", MaxBatchSize, out var ids).ThrowIfInvalid();

        var partners = await store.BatchGetAsync(ids, context.CancellationToken);
        var response = new BatchGetPartnersResponse();
        response.Partners.AddRange(partners.Select(p => p.ToProto()));
        return response;
    }

    public override async Task<ListPartnersResponse> ListPartners(ListPartnersRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var pageSize = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize, validator);
        var after = PartnerPageKey.FromToken(request.PageToken, validator);
        var type = request.Type.ToDomain();
        validator.Require(request.Type == V1.PartnerType.Unspecified || type is not null, "type", "is not a partner type this service knows");
        var filter = new PartnerFilter(type, request.Query, request.IncludeArchived);
        filter.Validate(validator);
        validator.ThrowIfInvalid();

        var found = await store.ListAsync(filter, pageSize + 1, after, context.CancellationToken);
        var page = Page<Domain.Partner>.From(found, pageSize, partner => PartnerPageKey.Of(partner).ToKey());
        var response = new ListPartnersResponse { NextPageToken = page.NextPageToken };
        response.Partners.AddRange(page.Items.Select(p => p.ToProto()));
        return response;
    }
}
