using Dapper;
using Nplv.Contracts;
using Nplv.Indicators.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;
using Nplv.Shared.History;

namespace Nplv.Indicators.Data;

public sealed class TargetStore(ServiceDatabase database, HistoryLog history)
{
    private const string Columns =
        "indicator_code AS IndicatorCode, area_code AS AreaCode, baseline_year AS BaselineYear, " +
        "baseline_value AS BaselineValue, target_year AS TargetYear, absolute_value AS AbsoluteValue, " +
        "reference_area_code AS ReferenceAreaCode, gap_fraction AS GapFraction, source AS Source, version AS Version";

    /// <summary>
    /// Creates the target (<paramref name="version"/> 0) or changes it (the version read). Creating what already
    /// exists with the same content returns it, so a retried create is harmless; other content is a version conflict.
    /// </summary>
    public Task<Target> SetAsync(Target target, long version, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var parameters = new DynamicParameters(target);
            parameters.Add("ExpectedVersion", version);
            await using var transaction = await connection.BeginTransactionAsync(token);
            var before = version == 0 ? null : await connection.QuerySingleOrDefaultAsync<Target>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM targets
                WHERE indicator_code = @IndicatorCode AND area_code = @AreaCode AND version = @ExpectedVersion
                FOR UPDATE
                """,
                parameters, transaction, cancellationToken: token));
            var written = version != 0 && before is null ? null : await connection.QuerySingleOrDefaultAsync<Target>(new CommandDefinition(
                version == 0
                    ? $"""
                      INSERT INTO targets (indicator_code, area_code, baseline_year, baseline_value, target_year,
                                           absolute_value, reference_area_code, gap_fraction, source)
                      VALUES (@IndicatorCode, @AreaCode, @BaselineYear, @BaselineValue, @TargetYear, @AbsoluteValue,
                              @ReferenceAreaCode, @GapFraction, @Source)
                      ON CONFLICT DO NOTHING
                      RETURNING {Columns}
                      """
                    : $"""
                      UPDATE targets SET baseline_year = @BaselineYear, baseline_value = @BaselineValue,
                          target_year = @TargetYear, absolute_value = @AbsoluteValue,
                          reference_area_code = @ReferenceAreaCode, gap_fraction = @GapFraction, source = @Source,
                          version = version + 1, updated_at = now()
                      WHERE indicator_code = @IndicatorCode AND area_code = @AreaCode AND version = @ExpectedVersion
                      RETURNING {Columns}
                      """,
                parameters,
                transaction,
                cancellationToken: token));
            var id = Key(target.IndicatorCode, target.AreaCode);
            if (written is not null)
            {
                var parent = IndicatorStore.Key(target.IndicatorCode);
                await history.AppendAsync(connection, transaction, before is null
                    ? HistoryEntry.Created(id, written, parent, target.AreaCode, TargetKeys)
                    : HistoryEntry.Updated(id, before, written, parent: parent, label: target.AreaCode, ignored: TargetKeys), token);
                await transaction.CommitAsync(token);
                return written;
            }

            var current = await connection.QuerySingleOrDefaultAsync<Target>(new CommandDefinition(
                $"SELECT {Columns} FROM targets WHERE indicator_code = @IndicatorCode AND area_code = @AreaCode",
                target, transaction, cancellationToken: token));
            return current switch
            {
                null => throw new EntityNotFoundException("target", id.Id),
                _ when version == 0 && current with { Version = 0 } == target with { Version = 0 } => current,
                _ => throw new VersionConflictException("target", id.Id, version, current.Version),
            };
        }, cancellationToken);

    /// <summary>The targets in an area, of an indicator, of both, or (neither given) all of them.</summary>
    public Task<IReadOnlyList<Target>> ListAsync(string? areaCode, string? indicatorCode, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Target>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<Target>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM targets
                WHERE (@areaCode::text IS NULL OR area_code = @areaCode)
                  AND (@indicatorCode::text IS NULL OR indicator_code = @indicatorCode)
                ORDER BY area_code, indicator_code
                """,
                new { areaCode, indicatorCode },
                cancellationToken: token));
            return [.. rows];
        }, cancellationToken);

    /// <summary>The non-missing values of each (indicator, area) pair asked, in one query.</summary>
    public Task<ILookup<(string Indicator, string Area), YearValue>> ValuesAsync(
        IReadOnlyCollection<(string Indicator, string Area)> pairs, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<(string Indicator, string Area, int Year, double Value)>(new CommandDefinition(
                """
                SELECT o.indicator_code, o.area_code, o.year, o.value
                FROM observations o
                JOIN unnest(@indicators, @areas) AS wanted(indicator_code, area_code)
                  ON wanted.indicator_code = o.indicator_code AND wanted.area_code = o.area_code
                WHERE o.value IS NOT NULL
                """,
                new { indicators = pairs.Select(p => p.Indicator).ToArray(), areas = pairs.Select(p => p.Area).ToArray() },
                cancellationToken: token));
            return rows.ToLookup(r => (r.Indicator, r.Area), r => new YearValue(r.Year, r.Value));
        }, cancellationToken);

    /// <summary>The target as its history names it ("<indicator>@<area>"), within its indicator's history.</summary>
    public static RecordKey Key(string indicatorCode, string areaCode) => new("target", RecordIds.Target(indicatorCode, areaCode));

    private static readonly string[] TargetKeys = ["indicatorCode", "areaCode"];
}
