using Nplv.Indicators.Data.Seed;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Data;

/// <summary>
/// Adds the seed indicators and figures that are missing; what exists, seeded or edited since, is left as it is.
/// Runs after the areas' seeder, whose areas the figures name.
/// </summary>
public sealed class IndicatorSeeder(IndicatorStore indicators, ObservationStore observations) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await indicators.InsertMissingAsync(IndicatorSeedData.Indicators, cancellationToken);
        await observations.InsertMissingAsync(IndicatorSeedData.Observations, cancellationToken);
    }
}
