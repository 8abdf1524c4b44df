using System.Text.Json;
using Dapper;
using Npgsql;
using Nplv.Indicators.Imports.StatLine;
using Nplv.Shared.Data;
using Nplv.Shared.History;

namespace Nplv.Indicators.Imports.Data;

/// <summary>
/// The imports table: each import's progress while it runs and its outcome after. Progress is written outside the
/// import's transaction, so others can follow it; the outcome of a successful import is written inside it.
/// </summary>
public sealed class ImportStore(ServiceDatabase database, HistoryLog history)
{
    /// <summary>An import that has not reported for this long stopped without finishing (its process ended).</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records a new running import, or returns the import that already has this id.</summary>
    public Task<(ImportRecord Import, bool Created)> StartAsync(ImportPlan plan, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var started = new { plan.Id, format = plan.Format.Name(), plan.FileName, mapping = plan.MappingLabel };
            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO imports (id, state, format, file_name, mapping)
                VALUES (@Id, 'running', @format, @FileName, @mapping)
                ON CONFLICT (id) DO NOTHING
                """,
                started,
                transaction,
                cancellationToken: token));
            if (inserted == 1)
            {
                await history.AppendAsync(connection, transaction, HistoryEntry.Created(Key(plan.Id), started), token);
            }

            await transaction.CommitAsync(token);
            var import = await GetAsync(connection, plan.Id, token);
            return (import!, inserted == 1);
        }, cancellationToken);

    public Task<ImportRecord?> GetAsync(Guid id, CancellationToken cancellationToken)
        => database.ExecuteAsync((connection, token) => GetAsync(connection, id, token), cancellationToken);

    public Task SaveProgressAsync(
        Guid id, ImportCounts counts, IReadOnlyList<ImportIssue> warnings, StatLineRead? statLine, CancellationToken cancellationToken)
        => database.ExecuteAsync((connection, token) => connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE imports
            SET bytes_read = @BytesRead, rows_read = @RowsRead, rows_rejected = @RowsRejected,
                observations_read = @ObservationsRead, values_missing = @ValuesMissing,
                warnings = @warnings::jsonb, statline = @statline::jsonb, updated_at = now()
            WHERE id = @id AND state = 'running'
            """,
            new
            {
                id, counts.BytesRead, counts.RowsRead, counts.RowsRejected, counts.ObservationsRead, counts.ValuesMissing,
                warnings = JsonSerializer.Serialize(warnings, Json), statline = StatLineJson(statLine),
            },
            cancellationToken: token)), cancellationToken);

    public Task FailAsync(ImportRecord failed, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var ended = await EndAsync(connection, transaction, failed, token);
            await transaction.CommitAsync(token);
            return ended;
        }, cancellationToken);

    /// <summary>
    /// Records the outcome, and in the history what the import found; for a successful import, inside the transaction
    /// that wrote its observations.
    /// </summary>
    public async Task<int> EndAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ImportRecord outcome, CancellationToken cancellationToken)
    {
        var ended = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE imports
            SET state = @state, bytes_read = @BytesRead, rows_read = @RowsRead, rows_rejected = @RowsRejected,
                observations_read = @ObservationsRead, values_missing = @ValuesMissing,
                observations_written = @ObservationsWritten, observations_unchanged = @ObservationsUnchanged,
                areas_written = @AreasWritten, areas_unchanged = @AreasUnchanged,
                errors = @errors::jsonb, warnings = @warnings::jsonb, statline = @statline::jsonb,
                updated_at = now(), ended_at = now()
            WHERE id = @id AND state = 'running'
            """,
            new
            {
                id = outcome.Id, state = outcome.State.ToColumn(), outcome.Counts.BytesRead, outcome.Counts.RowsRead,
                outcome.Counts.RowsRejected, outcome.Counts.ObservationsRead, outcome.Counts.ValuesMissing,
                outcome.Counts.ObservationsWritten, outcome.Counts.ObservationsUnchanged,
                outcome.Counts.AreasWritten, outcome.Counts.AreasUnchanged,
                errors = JsonSerializer.Serialize(outcome.Errors, Json),
                warnings = JsonSerializer.Serialize(outcome.Warnings, Json),
                statline = StatLineJson(outcome.StatLine),
            },
            transaction,
            cancellationToken: cancellationToken));
        if (ended == 1)
        {
            var found = new { outcome.Counts, errors = outcome.Errors.Count, warnings = outcome.Warnings.Count };
            await history.AppendAsync(connection, transaction, new HistoryEntry(
                Key(outcome.Id), outcome.State.ToColumn(), FieldChanges.Between(null, found)), cancellationToken);
        }

        return ended;
    }

    /// <summary>The import as its history names it.</summary>
    public static RecordKey Key(Guid id) => new("import", id.ToString());

    /// <summary>
    /// Imports newest first, limited to <paramref name="limit"/>; <paramref name="after"/> is the last of the previous page.
    /// </summary>
    public Task<IReadOnlyList<ImportRecord>> ListAsync(
        ImportState? state, int limit, ImportListKey? after, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<ImportRow>(new CommandDefinition(
                $"""
                {SelectImports}
                WHERE (@state::text IS NULL OR {StateAsRead} = @state)
                  AND (@afterStarted::timestamptz IS NULL OR (started_at, id) < (@afterStarted, @afterId))
                ORDER BY started_at DESC, id DESC
                LIMIT @limit
                """,
                new
                {
                    state = state?.ToColumn(), afterStarted = after?.StartedAtUtc, afterId = after?.Id ?? Guid.Empty, limit,
                    abandonedAfter = AbandonedAfter,
                },
                cancellationToken: token));
            return (IReadOnlyList<ImportRecord>)[.. rows.Select(row => row.ToRecord())];
        }, cancellationToken);

    // An import still "running" that has not reported for AbandonedAfter is read as failed (see ImportRow.ToRecord).
    private const string StateAsRead = "(CASE WHEN state = 'running' AND updated_at < now() - @abandonedAfter THEN 'failed' ELSE state END)";

    private const string SelectImports =
        """
        SELECT id AS Id, state AS State, format AS Format, file_name AS FileName, mapping AS Mapping,
               bytes_read AS BytesRead, rows_read AS RowsRead, rows_rejected AS RowsRejected,
               observations_read AS ObservationsRead, values_missing AS ValuesMissing,
               observations_written AS ObservationsWritten, observations_unchanged AS ObservationsUnchanged,
               areas_written AS AreasWritten, areas_unchanged AS AreasUnchanged,
               errors::text AS Errors, warnings::text AS Warnings, statline::text AS StatLine,
               started_at AS StartedAt, updated_at AS UpdatedAt, ended_at AS EndedAt,
               state = 'running' AND updated_at < now() - @abandonedAfter AS Abandoned
        FROM imports
        """;

    private static async Task<ImportRecord?> GetAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ImportRow>(new CommandDefinition(
            $"{SelectImports} WHERE id = @id",
            new { id, abandonedAfter = AbandonedAfter },
            cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    private static string? StatLineJson(StatLineRead? read) => read is null ? null : JsonSerializer.Serialize(read, Json);

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private sealed class ImportRow
    {
        public Guid Id { get; init; }
        public string State { get; init; } = "";
        public string Format { get; init; } = "";
        public string FileName { get; init; } = "";
        public string Mapping { get; init; } = "";
        public long BytesRead { get; init; }
        public long RowsRead { get; init; }
        public long RowsRejected { get; init; }
        public long ObservationsRead { get; init; }
        public long ValuesMissing { get; init; }
        public long ObservationsWritten { get; init; }
        public long ObservationsUnchanged { get; init; }
        public long AreasWritten { get; init; }
        public long AreasUnchanged { get; init; }
        public string? StatLine { get; init; }
        public string Errors { get; init; } = "[]";
        public string Warnings { get; init; } = "[]";
        public DateTime StartedAt { get; init; }
        public DateTime UpdatedAt { get; init; }
        public DateTime? EndedAt { get; init; }
        public bool Abandoned { get; init; }

        public ImportRecord ToRecord()
        {
            var errors = JsonSerializer.Deserialize<List<ImportIssue>>(Errors, Json) ?? [];
            if (Abandoned)
            {
                errors.Add(new ImportIssue("abandoned", "the import stopped without finishing (its service stopped); nothing was written"));
            }

            return new ImportRecord(
                Id, Abandoned ? ImportState.Failed : EnumColumn.Parse<ImportState>(State),
                ImportFormatNames.Parse(Format) ?? ImportFormat.LongCsv, FileName, Mapping,
                new ImportCounts(
                    BytesRead, RowsRead, RowsRejected, ObservationsRead, ValuesMissing, ObservationsWritten, ObservationsUnchanged,
                    AreasWritten, AreasUnchanged),
                errors, JsonSerializer.Deserialize<List<ImportIssue>>(Warnings, Json) ?? [], Utc(StartedAt), Utc(UpdatedAt),
                EndedAt is { } ended ? Utc(ended) : Abandoned ? Utc(UpdatedAt) : null,
                StatLine is null ? null : JsonSerializer.Deserialize<StatLineRead>(StatLine, Json));
        }
    }
}
