using System.Runtime.CompilerServices;
using Dapper;
using Npgsql;
using Nplv.Indicators.Domain;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Data;

public sealed class ObservationStore(ServiceDatabase database)
{
    /// <summary>
    /// Which of these indicator and area codes exist, and the years each area's code is valid, for checking a request's
    /// references in two queries.
    /// </summary>
    public Task<KnownCodes> KnownCodesAsync(
        IEnumerable<string> indicatorCodes, IEnumerable<string> areaCodes, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var indicators = await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT code FROM indicators WHERE code = ANY(@codes)", new { codes = indicatorCodes.Distinct().ToArray() },
                cancellationToken: token));
            var areas = await connection.QueryAsync<(string Code, int From, int? To)>(new CommandDefinition(
                "SELECT code, valid_from_year, valid_to_year FROM areas WHERE code = ANY(@codes)",
                new { codes = areaCodes.Distinct().ToArray() },
                cancellationToken: token));
            return new KnownCodes(indicators.ToHashSet(), areas.ToDictionary(a => a.Code, a => (a.From, a.To)));
        }, cancellationToken);

    /// <summary>
    /// Adds or replaces the observations in one statement, so all or none are written; returns how many rows changed
    /// (identical ones are left alone, so recording the same figures again changes nothing).
    /// </summary>
    public Task<int> RecordAsync(IReadOnlyList<Observation> observations, CancellationToken cancellationToken)
        => WriteAsync(observations, replaceExisting: true, cancellationToken);

    /// <summary>Adds the observations that are missing; never changes one that exists.</summary>
    public Task<int> InsertMissingAsync(IReadOnlyList<Observation> observations, CancellationToken cancellationToken)
        => WriteAsync(observations, replaceExisting: false, cancellationToken);

    private Task<int> WriteAsync(IReadOnlyList<Observation> observations, bool replaceExisting, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            await ObservationWriteLock.ShareAsync(connection, transaction, token);
            var written = await InsertAsync(connection, transaction, observations, replaceExisting, token);
            await transaction.CommitAsync(token);
            return written;
        }, cancellationToken);

    private static Task<int> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<Observation> observations, bool replaceExisting,
        CancellationToken cancellationToken)
        => connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO observations (indicator_code, area_code, year, value, status, source) " +
            "SELECT * FROM unnest(@indicators, @areas, @years, @values, @statuses, @sources) " +
            (replaceExisting
                ? """
                  ON CONFLICT (indicator_code, area_code, year) DO UPDATE
                      SET value = excluded.value, status = excluded.status, source = excluded.source
                      WHERE (observations.value, observations.status, observations.source)
                            IS DISTINCT FROM (excluded.value, excluded.status, excluded.source)
                  """
                : "ON CONFLICT (indicator_code, area_code, year) DO NOTHING"),
            new
            {
                indicators = observations.Select(o => o.IndicatorCode).ToArray(),
                areas = observations.Select(o => o.AreaCode).ToArray(),
                years = observations.Select(o => o.Year).ToArray(),
                values = observations.Select(o => o.Value).ToArray(),
                statuses = observations.Select(o => o.Status.ToColumn()).ToArray(),
                sources = observations.Select(o => o.Source).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>
    /// The indicators' points for the areas and years, in one query, by indicator, area and year. A wijk's year
    /// without an observation of its own is derived from its buurten when every one of them has a value that year:
    /// their sum, or their mean weighted by population, as the indicator's aggregation says.
    /// </summary>
    /// <param name="asOf">Read the figures as they were known at this moment; null for those known now.</param>
    public Task<IReadOnlyList<SeriesPoint>> SeriesAsync(
        IReadOnlyList<Indicator> indicators, IReadOnlyList<string> areaCodes, int fromYear, int toYear, DateTime? asOf,
        CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<SeriesPoint>>(async (connection, token) =>
        {
            // CBS wijk codes start with WK: without one among the areas there is nothing to derive, and the query
            // stays a plain primary-key range scan.
            List<Indicator> derivable = areaCodes.Any(code => code.StartsWith("WK", StringComparison.Ordinal))
                ? [.. indicators.Where(indicator => indicator.Aggregation != Aggregation.None)]
                : [];
            var rows = await connection.QueryAsync<PointRow>(new CommandDefinition(
                (asOf is null ? SeriesNow : SeriesAtMoment)[derivable.Count > 0 ? 1 : 0],
                new
                {
                    asOf,
                    codes = indicators.Select(indicator => indicator.Code).ToArray(),
                    areas = areaCodes.ToArray(),
                    fromYear,
                    toYear,
                    derivableCodes = derivable.Select(indicator => indicator.Code).ToArray(),
                    aggregations = derivable.Select(indicator => indicator.Aggregation.ToColumn()).ToArray(),
                },
                cancellationToken: token));
            return [.. rows.Select(row => row.ToPoint())];
        }, cancellationToken);

    // The queries over the figures known now and over those known at a moment: observed only, and observed and derived.
    private static readonly string[] SeriesNow = [ObservedSql(KnownFigures.Now), ObservedAndDerivedSql(KnownFigures.Now)];
    private static readonly string[] SeriesAtMoment = [ObservedSql(KnownFigures.AtMoment), ObservedAndDerivedSql(KnownFigures.AtMoment)];

    private static string ObservedSql(string figures) => ObservedPointsSql(figures) + "\nORDER BY 1, 2, 3";

    private static string ObservedPointsSql(string figures) =>
        $"""
        SELECT indicator_code AS IndicatorCode, area_code AS AreaCode, year AS Year, value AS Value, status AS Status,
               source AS Source, false AS Derived
        FROM {figures}
        WHERE indicator_code = ANY(@codes) AND area_code = ANY(@areas) AND year BETWEEN @fromYear AND @toYear
        """;

    private static string ObservedAndDerivedSql(string figures) => ObservedPointsSql(figures) + "\n" +
        $"""
        UNION ALL
        SELECT wanted.code, wijk.code, o.year,
               CASE WHEN count(o.value) < count(*) THEN NULL
                    WHEN wanted.aggregation = 'sum' THEN sum(o.value)
                    ELSE sum(o.value * buurt.population) / NULLIF(sum(buurt.population), 0) END,
               CASE WHEN bool_and(o.status = 'definitief') THEN 'definitief' ELSE 'voorlopig' END,
               string_agg(DISTINCT o.source, '; '),
               true
        FROM unnest(@derivableCodes::text[], @aggregations::text[]) AS wanted (code, aggregation)
        JOIN areas wijk ON wijk.code = ANY(@areas) AND wijk.level = 'wijk'
        JOIN areas buurt ON buurt.parent_code = wijk.code AND buurt.level = 'buurt'
        JOIN {figures} o
          ON o.indicator_code = wanted.code AND o.area_code = buurt.code AND o.year BETWEEN @fromYear AND @toYear
         AND o.year BETWEEN buurt.valid_from_year AND coalesce(buurt.valid_to_year, 9999)
        WHERE o.year BETWEEN wijk.valid_from_year AND coalesce(wijk.valid_to_year, 9999)
          AND (wanted.aggregation = 'sum' OR buurt.population IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM {figures} own
                          WHERE own.indicator_code = wanted.code AND own.area_code = wijk.code AND own.year = o.year)
        GROUP BY wanted.code, wanted.aggregation, wijk.code, o.year
        -- Every buurt of the wijk in that year must have reported, or the sum would quietly come out low. The
        -- weights are the buurten's populations in their population year (2016 in the seed data).
        HAVING count(*) = (SELECT count(*) FROM areas b
                           WHERE b.parent_code = wijk.code AND b.level = 'buurt'
                             AND o.year BETWEEN b.valid_from_year AND coalesce(b.valid_to_year, 9999))
        ORDER BY 1, 2, 3
        """;

    /// <summary>
    /// Every observed figure that matches, by indicator, area and year, read as the database yields them: one query,
    /// its rows never all in memory. Starting it is retried on a dropped connection; once rows have gone out, it is not.
    /// </summary>
    public async IAsyncEnumerable<Observation> StreamAsync(
        ObservationFilter filter, DateTime? asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var query = await database.StreamAsync(asOf is null ? StreamNow : StreamAtMoment, parameters =>
        {
            parameters.AddWithValue("codes", filter.IndicatorCodes.ToArray());
            parameters.AddWithValue("areas", filter.AreaCodes.ToArray());
            parameters.AddWithValue("fromYear", filter.FromYear);
            parameters.AddWithValue("toYear", filter.ToYear);
            if (asOf is not null)
            {
                parameters.AddWithValue("asOf", asOf.Value);
            }
        }, cancellationToken);

        var row = query.Row;
        while (await query.ReadAsync(cancellationToken))
        {
            yield return new Observation(
                row.GetString(0), row.GetString(1), row.GetInt32(2), row.IsDBNull(3) ? null : row.GetDouble(3),
                EnumColumn.Parse<ObservationStatus>(row.GetString(4)), row.GetString(5));
        }
    }

    private static readonly string StreamNow = StreamSql(KnownFigures.Now);
    private static readonly string StreamAtMoment = StreamSql(KnownFigures.AtMoment);

    private static string StreamSql(string figures) =>
        $"""
        SELECT indicator_code, area_code, year, value, status, source
        FROM {figures}
        WHERE (cardinality(@codes) = 0 OR indicator_code = ANY(@codes))
          AND (cardinality(@areas) = 0 OR area_code = ANY(@areas))
          AND year BETWEEN @fromYear AND @toYear
        ORDER BY indicator_code, area_code, year
        """;

    /// <summary>The newest observation of each indicator in the area (of the given indicators, when any are given).</summary>
    public Task<IReadOnlyList<Observation>> LatestAsync(
        string areaCode, IReadOnlyList<string> indicatorCodes, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Observation>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<PointRow>(new CommandDefinition(
                """
                SELECT DISTINCT ON (indicator_code)
                       indicator_code AS IndicatorCode, area_code AS AreaCode, year AS Year, value AS Value,
                       status AS Status, source AS Source, false AS Derived
                FROM observations
                WHERE area_code = @areaCode AND (cardinality(@codes) = 0 OR indicator_code = ANY(@codes))
                ORDER BY indicator_code, year DESC
                """,
                new { areaCode, codes = indicatorCodes.ToArray() },
                cancellationToken: token));
            return [.. rows.Select(row => new Observation(
                row.IndicatorCode, row.AreaCode, row.Year, row.Value, EnumColumn.Parse<ObservationStatus>(row.Status), row.Source))];
        }, cancellationToken);

    private sealed class PointRow
    {
        public string IndicatorCode { get; init; } = "";
        public string AreaCode { get; init; } = "";
        public int Year { get; init; }
        public double? Value { get; init; }
        public string Status { get; init; } = "";
        public string Source { get; init; } = "";
        public bool Derived { get; init; }

        public SeriesPoint ToPoint()
            => new(IndicatorCode, AreaCode, Year, Value, EnumColumn.Parse<ObservationStatus>(Status), Source, Derived);
    }
}

/// <summary>Which figures a stream holds: empty lists mean every indicator or area.</summary>
public sealed record ObservationFilter(IReadOnlyList<string> IndicatorCodes, IReadOnlyList<string> AreaCodes, int FromYear, int ToYear);

/// <summary>The indicators that exist, and the areas that exist with the years their codes are valid.</summary>
public sealed record KnownCodes(IReadOnlySet<string> Indicators, IReadOnlyDictionary<string, (int From, int? To)> Areas)
{
    public bool IsValidArea(string code, int year)
        => Areas.TryGetValue(code, out var valid) && year >= valid.From && (valid.To is null || year <= valid.To);
}
