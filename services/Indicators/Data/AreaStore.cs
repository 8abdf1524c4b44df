using Dapper;
using Nplv.Indicators.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Data;

public sealed class AreaStore(ServiceDatabase database)
{
    private const string Columns =
        "code AS Code, name AS Name, level AS Level, parent_code AS ParentCode, valid_from_year AS ValidFromYear, " +
        "valid_to_year AS ValidToYear, population AS Population, population_year AS PopulationYear, source AS Source";

    public async Task<Area> GetAsync(string code, CancellationToken cancellationToken)
        => (await BatchGetAsync([code], cancellationToken)).SingleOrDefault() ?? throw new EntityNotFoundException("area", code);

    /// <summary>The areas with these codes, in the order asked; unknown codes are left out.</summary>
    public Task<IReadOnlyList<Area>> BatchGetAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Area>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<AreaRow>(new CommandDefinition(
                $"SELECT {Columns} FROM areas WHERE code = ANY(@codes)", new { codes = codes.ToArray() }, cancellationToken: token));
            var found = await WithProgrammesAsync(connection, rows, token);
            var byCode = found.ToDictionary(area => area.Code);
            return [.. codes.Where(byCode.ContainsKey).Select(code => byCode[code])];
        }, cancellationToken);

    /// <summary>Areas in code order after <paramref name="afterCode"/>.</summary>
    public Task<IReadOnlyList<Area>> ListAsync(
        AreaFilter filter, int limit, string? afterCode, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Area>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<AreaRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM areas
                WHERE (@level IS NULL OR level = @level)
                  AND (@parentCode IS NULL OR parent_code = @parentCode)
                  AND (@afterCode IS NULL OR code > @afterCode)
                  AND (@programme::text IS NULL OR EXISTS (
                        SELECT 1 FROM programme_memberships m
                        WHERE m.area_code = areas.code AND m.programme = @programme
                          AND (@year::int IS NULL OR (m.from_year <= @year AND (m.to_year IS NULL OR m.to_year >= @year)))))
                ORDER BY code
                LIMIT @limit
                """,
                new { level = filter.Level?.ToColumn(), filter.ParentCode, afterCode, filter.Programme, filter.Year, limit },
                cancellationToken: token));

            return await WithProgrammesAsync(connection, rows, token);
        }, cancellationToken);

    /// <summary>Inserts or updates the areas in one transaction; parents must come before their children.</summary>
    public Task UpsertAsync(IReadOnlyList<Area> areas, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var changed = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO areas (code, name, level, parent_code, valid_from_year, valid_to_year, population, population_year, source)
                VALUES (@Code, @Name, @Level, @ParentCode, @ValidFromYear, @ValidToYear, @Population, @PopulationYear, @Source)
                ON CONFLICT (code) DO UPDATE SET
                    name = excluded.name, level = excluded.level, parent_code = excluded.parent_code,
                    valid_from_year = excluded.valid_from_year, valid_to_year = excluded.valid_to_year,
                    population = excluded.population, population_year = excluded.population_year, source = excluded.source
                WHERE (areas.name, areas.level, areas.parent_code, areas.valid_from_year, areas.valid_to_year,
                       areas.population, areas.population_year, areas.source)
                      IS DISTINCT FROM
                      (excluded.name, excluded.level, excluded.parent_code, excluded.valid_from_year, excluded.valid_to_year,
                       excluded.population, excluded.population_year, excluded.source)
                """,
                areas.Select(a => new
                {
                    a.Code, a.Name, Level = a.Level.ToColumn(), a.ParentCode, a.ValidFromYear, a.ValidToYear,
                    a.Population, a.PopulationYear, a.Source,
                }),
                transaction,
                cancellationToken: token));
            await transaction.CommitAsync(token);
            return changed;
        }, cancellationToken);

    /// <summary>Inserts the memberships that are missing; never changes one that exists.</summary>
    public Task<int> InsertMissingMembershipsAsync(IReadOnlyList<ProgrammeMembership> memberships, CancellationToken cancellationToken)
        => database.ExecuteAsync((connection, token) => connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO programme_memberships (programme, area_code, programme_wijk, from_year, to_year, source)
            VALUES (@Programme, @AreaCode, @ProgrammeWijk, @FromYear, @ToYear, @Source)
            ON CONFLICT DO NOTHING
            """,
            memberships,
            cancellationToken: token)), cancellationToken);

    /// <summary>The areas of the rows, each with its programme memberships, read for all of them in one query.</summary>
    private static async Task<IReadOnlyList<Area>> WithProgrammesAsync(
        System.Data.IDbConnection connection, IEnumerable<AreaRow> rows, CancellationToken cancellationToken)
    {
        var areas = rows.Select(row => row.ToArea()).ToList();
        var memberships = (await connection.QueryAsync<ProgrammeMembership>(new CommandDefinition(
            """
            SELECT programme AS Programme, area_code AS AreaCode, programme_wijk AS ProgrammeWijk, from_year AS FromYear,
                   to_year AS ToYear, source AS Source
            FROM programme_memberships WHERE area_code = ANY(@codes)
            ORDER BY programme, from_year
            """,
            new { codes = areas.Select(a => a.Code).ToArray() },
            cancellationToken: cancellationToken))).ToLookup(m => m.AreaCode);
        return [.. areas.Select(area => area with { Programmes = [.. memberships[area.Code]] })];
    }

    private sealed record AreaRow(
        string Code, string Name, string Level, string? ParentCode, int ValidFromYear, int? ValidToYear,
        long? Population, int? PopulationYear, string Source)
    {
        public Area ToArea() => new(
            Code, Name, EnumColumn.Parse<AreaLevel>(Level), ParentCode, ValidFromYear, ValidToYear,
            Population, PopulationYear, Source);
    }
}
