using Nplv.Measures.Domain;
using Nplv.Partners.V1;

namespace Nplv.Measures.Remote;

public sealed class GrpcPartnerDirectory(PartnersService.PartnersServiceClient client) : IPartnerDirectory
{
    public Task<IReadOnlySet<Guid>> MissingAsync(IReadOnlyCollection<Guid> partnerIds, CancellationToken cancellationToken)
        => ReferenceLookup.MissingAsync(
            "partners",
            partnerIds,
            ids => client.BatchGetPartnersAsync(
                new BatchGetPartnersRequest { Ids = { ids.Select(id => id.ToString()) } }, cancellationToken: cancellationToken).ResponseAsync,
            id => client.GetPartnerAsync(new GetPartnerRequest { Id = id.ToString() }, cancellationToken: cancellationToken).ResponseAsync);
}
