using Nplv.Indicators.Data.Seed;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Data;

/// <summary>Loads the programme's areas; running it again changes nothing.</summary>
public sealed class AreaSeeder(AreaStore store) : IDatabaseSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken)
        => store.UpsertAsync(AreaSeedData.Load(), cancellationToken);
}
