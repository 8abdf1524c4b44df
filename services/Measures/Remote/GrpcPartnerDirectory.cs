using Nplv.Measures.Domain;
using Nplv.Partners.V1;

namespace Nplv.Measures.Remote;

public sealed class GrpcPartnerDirectory(PartnersService.PartnersServiceClient client) : IPartnerDirectory
{
    public async Task<IReadOnlyDictionary<Guid, PartnerStanding>> StandingAsync(
        IReadOnlyCollection<Guid> partnerIds, CancellationToken cancellationToken)
    {
        var found = await ReferenceLookup.FindAsync(
            "partners",
            partnerIds,
            async ids => (IEnumerable<Partner>)(await client.BatchGetPartnersAsync(
                new BatchGetPartnersRequest { Ids = { ids.Select(id => id.ToString()) } }, cancellationToken: cancellationToken)).Partners,
            id => client.GetPartnerAsync(new GetPartnerRequest { Id = id.ToString() }, cancellationToken: cancellationToken).ResponseAsync,
            partner => Guid.Parse(partner.Id));

        return partnerIds.Distinct().ToDictionary(
            id => id,
            id => !found.TryGetValue(id, out var partner) ? PartnerStanding.Missing
                : partner.Archived ? PartnerStanding.Archived
                : PartnerStanding.Active);
    }
}
