using Dapper;
using Npgsql;
using NpgsqlTypes;
using Nplv.Indicators.Data;
using Nplv.Shared.Data;
using Nplv.Indicators.Imports;

namespace Nplv.Indicators.Imports.Data;

/// <summary>
/// One import's way into the observations table: rows stream into a temporary staging table with binary COPY while
/// the file is read, then one set-based upsert moves them all in a single transaction, together with the import's
/// outcome. Until that commit nothing of the import is visible; a failure at any point leaves the data as before.
/// </summary>
public sealed class ObservationStaging : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private NpgsqlBinaryImporter? _copy;

    private ObservationStaging(NpgsqlConnection connection, NpgsqlBinaryImporter copy)
    {
        _connection = connection;
        _copy = copy;
    }

    public static async Task<ObservationStaging> StartAsync(ServiceDatabase database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                CREATE TEMPORARY TABLE import_rows (
                    line bigint NOT NULL, indicator_code text NOT NULL, area_code text NOT NULL, year integer NOT NULL,
                    value double precision, status text NOT NULL, source text)
                """,
                cancellationToken: cancellationToken));
            var copy = await connection.BeginBinaryImportAsync(
                "COPY import_rows (line, indicator_code, area_code, year, value, status, source) FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            return new ObservationStaging(connection, copy);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask AddAsync(StagedObservation row, CancellationToken cancellationToken)
    {
        var copy = _copy ?? throw new InvalidOperationException("The staging table is closed.");
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(row.Line, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(row.IndicatorCode, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(row.AreaCode, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(row.Year, NpgsqlDbType.Integer, cancellationToken);
        if (row.Value is { } value)
        {
            await copy.WriteAsync(value, NpgsqlDbType.Double, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }

        await copy.WriteAsync(row.Status, NpgsqlDbType.Text, cancellationToken);
        if (row.Source is { } source)
        {
            await copy.WriteAsync(source, NpgsqlDbType.Text, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Ends the COPY, then in one transaction: refuses the file when it names an observation twice (reporting at
    /// most <paramref name="maxDuplicates"/>), upserts every staged row (identical ones are left alone), and lets <paramref name="recordOutcome"/> write the import's
    /// outcome with the number of observations written. Returns the duplicates found (then nothing is written), or
    /// the number written.
    /// </summary>
    /// <param name="notMeasured">Indicators and years whose staged rows have no value: they are left out.</param>
    public async Task<StagingResult> CommitAsync(
        string defaultSource,
        IReadOnlyList<(string Indicator, int Year)> notMeasured,
        int maxDuplicates,
        Func<NpgsqlConnection, NpgsqlTransaction, long, Task> recordOutcome,
        CancellationToken cancellationToken)
    {
        var copy = _copy ?? throw new InvalidOperationException("The staging table is closed.");
        _copy = null;
        await copy.CompleteAsync(cancellationToken);
        await copy.DisposeAsync();

        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        // Enough memory for the duplicate check to hash a large file instead of sorting it on disk.
        await _connection.ExecuteAsync(new CommandDefinition("SET LOCAL work_mem = '256MB'", transaction: transaction,
            cancellationToken: cancellationToken));
        var duplicates = (await _connection.QueryAsync<Duplicate>(new CommandDefinition(
            """
            SELECT indicator_code AS IndicatorCode, area_code AS AreaCode, year AS Year, min(line) AS FirstLine,
                   max(line) AS LastLine, count(*) AS Count
            FROM import_rows GROUP BY indicator_code, area_code, year HAVING count(*) > 1
            ORDER BY min(line) LIMIT @limit
            """,
            new { limit = maxDuplicates },
            transaction,
            commandTimeout: 0,
            cancellationToken: cancellationToken))).ToList();
        if (duplicates.Count > 0)
        {
            return new StagingResult(0, duplicates);
        }

        await ObservationWriteLock.TakeAloneAsync(_connection, transaction, cancellationToken);
        // MERGE rather than INSERT ... ON CONFLICT: it joins the staged rows with the observations once, instead of
        // trying each insert against the key first, and takes half the time for large files. Concurrent inserts of
        // the same keys, which ON CONFLICT would absorb, are kept out by the write lock.
        var written = await _connection.ExecuteAsync(new CommandDefinition(
            """
            MERGE INTO observations o
            USING (SELECT indicator_code, area_code, year, value, status, coalesce(source, @defaultSource) AS source
                   FROM import_rows
                   WHERE cardinality(@notMeasuredIndicators) = 0 OR value IS NOT NULL
                      OR (indicator_code, year) NOT IN (SELECT * FROM unnest(@notMeasuredIndicators, @notMeasuredYears))) s
               ON o.indicator_code = s.indicator_code AND o.area_code = s.area_code AND o.year = s.year
            WHEN MATCHED AND (o.value, o.status, o.source) IS DISTINCT FROM (s.value, s.status, s.source) THEN
                UPDATE SET value = s.value, status = s.status, source = s.source
            WHEN NOT MATCHED THEN
                INSERT (indicator_code, area_code, year, value, status, source)
                VALUES (s.indicator_code, s.area_code, s.year, s.value, s.status, s.source)
            """,
            new
            {
                defaultSource,
                notMeasuredIndicators = notMeasured.Select(m => m.Indicator).ToArray(),
                notMeasuredYears = notMeasured.Select(m => m.Year).ToArray(),
            },
            transaction,
            commandTimeout: 0,
            cancellationToken: cancellationToken));
        await recordOutcome(_connection, transaction, written);
        await transaction.CommitAsync(cancellationToken);
        return new StagingResult(written, []);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_copy is not null)
            {
                // Disposing a COPY that was not completed cancels it: nothing of it stays in the staging table.
                await _copy.DisposeAsync();
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or IOException or OperationCanceledException)
        {
            // A broken connection cannot cancel its COPY; it is closed below, and the server ends the COPY with it.
        }
        finally
        {
            _copy = null;
            await _connection.DisposeAsync();
        }
    }

    public sealed record Duplicate(string IndicatorCode, string AreaCode, int Year, long FirstLine, long LastLine, long Count);
}

public sealed record StagingResult(long Written, IReadOnlyList<ObservationStaging.Duplicate> Duplicates);
