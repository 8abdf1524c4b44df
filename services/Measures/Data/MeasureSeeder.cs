using Nplv.Measures.Data.Seed;
using Nplv.Measures.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Measures.Data;

/// <summary>Creates each seed measure once (by its fixed request id); one edited since is left as it is.</summary>
public sealed class MeasureSeeder(IMeasureStore store) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (requestId, draft) in MeasureSeedData.Measures)
        {
            try
            {
                await store.CreateAsync(requestId, draft, cancellationToken);
            }
            catch (EntityAlreadyExistsException)
            {
                // Seeded before and edited since: the edit stands.
            }
        }
    }
}
