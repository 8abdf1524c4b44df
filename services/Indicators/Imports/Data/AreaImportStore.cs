using Dapper;
using Npgsql;
using Nplv.Indicators.Domain;
using Nplv.Indicators.Imports.Areas;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Imports.Data;

/// <summary>
/// Writes an import's areas into the areas table in one transaction, together with the import's outcome: each merged
/// with what is stored (<see cref="AreaMerge"/>), parents before their children. Areas are few (a country's buurten
/// are some 15,000), so they are merged here rather than staged.
/// </summary>
public sealed class AreaImportStore(ServiceDatabase database)
{
    private const string Country = "NL01";

    /// <summary>
    /// Merges and writes the areas, then lets <paramref name="recordOutcome"/> write the outcome with the areas written
    /// and unchanged. An area whose parent is neither in the file nor stored is refused, and then nothing is written.
    /// </summary>
    public Task<AreaWriteResult> WriteAsync(
        IReadOnlyList<ImportedArea> areas,
        Func<NpgsqlConnection, NpgsqlTransaction, long, long, Task> recordOutcome,
        CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            // Two imports of areas merge one after the other, each with what the other wrote.
            await connection.ExecuteAsync(new CommandDefinition(
                "LOCK TABLE areas IN SHARE ROW EXCLUSIVE MODE", transaction: transaction, cancellationToken: token));
            var codes = areas.Select(a => a.Code).Concat(areas.Select(a => a.ParentCode).OfType<string>()).Distinct().ToArray();
            var stored = (await connection.QueryAsync<StoredArea>(new CommandDefinition(
                    """
                    SELECT code AS Code, name AS Name, level AS Level, parent_code AS ParentCode, valid_from_year AS ValidFromYear,
                           valid_to_year AS ValidToYear, population AS Population, population_year AS PopulationYear, source AS Source
                    FROM areas WHERE code = ANY(@codes)
                    """,
                    new { codes }, transaction, cancellationToken: token)))
                .ToDictionary(a => a.Code, a => a.ToArea(), StringComparer.Ordinal);

            var inFile = areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            var orphans = areas
                .Where(a => a.ParentCode is { } parent && parent != Country && !inFile.Contains(parent) && !stored.ContainsKey(parent))
                .ToList();
            if (orphans.Count > 0)
            {
                return new AreaWriteResult(0, 0, orphans);
            }

            var merged = new List<Area>();
            if (areas.Any(a => a.ParentCode == Country) && !stored.ContainsKey(Country) && !inFile.Contains(Country))
            {
                merged.Add(new Area(Country, "Nederland", AreaLevel.Land, null, areas.Min(a => a.ValidFrom), null, null, null, "CBS"));
            }

            var unchanged = 0L;
            foreach (var area in areas)
            {
                var before = stored.GetValueOrDefault(area.Code);
                var after = AreaMerge.Into(before, area);
                if (before is not null && Same(before, after))
                {
                    unchanged++;
                    continue;
                }

                merged.Add(after);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO areas (code, name, level, parent_code, valid_from_year, valid_to_year, population, population_year, source)
                VALUES (@Code, @Name, @Level, @ParentCode, @ValidFromYear, @ValidToYear, @Population, @PopulationYear, @Source)
                ON CONFLICT (code) DO UPDATE SET
                    name = excluded.name, level = excluded.level, parent_code = excluded.parent_code,
                    valid_from_year = excluded.valid_from_year, valid_to_year = excluded.valid_to_year,
                    population = excluded.population, population_year = excluded.population_year, source = excluded.source
                """,
                merged.Select(a => new
                {
                    a.Code, a.Name, Level = a.Level.ToColumn(), a.ParentCode, a.ValidFromYear, a.ValidToYear,
                    a.Population, a.PopulationYear, a.Source,
                }),
                transaction,
                cancellationToken: token));
            var written = merged.Count(a => inFile.Contains(a.Code));
            await recordOutcome(connection, transaction, written, unchanged);
            await transaction.CommitAsync(token);
            return new AreaWriteResult(written, unchanged, []);
        }, cancellationToken);

    private static bool Same(Area a, Area b)
        => (a.Name, a.Level, a.ParentCode, a.ValidFromYear, a.ValidToYear, a.Population, a.PopulationYear, a.Source)
           == (b.Name, b.Level, b.ParentCode, b.ValidFromYear, b.ValidToYear, b.Population, b.PopulationYear, b.Source);

    private sealed record StoredArea(
        string Code, string Name, string Level, string? ParentCode, int ValidFromYear, int? ValidToYear,
        long? Population, int? PopulationYear, string Source)
    {
        public Area ToArea() => new(
            Code, Name, EnumColumn.Parse<AreaLevel>(Level), ParentCode, ValidFromYear, ValidToYear, Population, PopulationYear, Source);
    }
}

/// <param name="Orphans">Areas whose parent is neither in the file nor stored; when there are any, nothing is written.</param>
public sealed record AreaWriteResult(long Written, long Unchanged, IReadOnlyList<ImportedArea> Orphans);
