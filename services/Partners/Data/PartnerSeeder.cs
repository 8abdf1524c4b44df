using Nplv.Partners.Data.Seed;
using Nplv.Partners.Domain;
using Nplv.Shared.Data;

namespace Nplv.Partners.Data;

/// <summary>Adds the seed partners that are missing; a partner edited or archived since is left as it is.</summary>
public sealed class PartnerSeeder(PartnerStore store) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, details) in PartnerSeedData.Partners)
        {
            await store.CreateAsync(new NewPartner(RequestId: null, details), cancellationToken, id);
        }
    }
}
