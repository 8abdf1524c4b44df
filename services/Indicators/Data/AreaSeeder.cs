using Nplv.Indicators.Data.Seed;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Data;

/// <summary>Loads the programme's areas; running it again changes nothing.</summary>
public sealed class AreaSeeder(AreaStore store) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await store.UpsertAsync(AreaSeedData.Load(), cancellationToken);
        await store.InsertMissingMembershipsAsync(AreaSeedData.ProgrammeMemberships(), cancellationToken);
    }
}
