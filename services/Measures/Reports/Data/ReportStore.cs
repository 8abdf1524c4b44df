using System.Text.Json;
using Dapper;
using Npgsql;
using Nplv.Contracts;
using Nplv.Measures.Data;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;
using Nplv.Shared.History;

namespace Nplv.Measures.Reports.Data;

public sealed class ReportStore(ServiceDatabase database, HistoryLog history) : IReportStore
{
    public Task<ReportingPeriod> CreatePeriodAsync(ReportingPeriod period, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var created = await connection.QuerySingleOrDefaultAsync<PeriodRow>(new CommandDefinition(
                $"""
                INSERT INTO reporting_periods (code, name, start_date, end_date, opens_on, due_on)
                VALUES (@Code, @Name, @StartDate, @EndDate, @OpensOn, @DueOn)
                ON CONFLICT DO NOTHING
                RETURNING {PeriodRow.Columns}
                """,
                new
                {
                    period.Code,
                    period.Name,
                    StartDate = period.StartDate.ToDateTime(TimeOnly.MinValue),
                    EndDate = period.EndDate.ToDateTime(TimeOnly.MinValue),
                    OpensOn = period.OpensOn.ToDateTime(TimeOnly.MinValue),
                    DueOn = period.DueOn.ToDateTime(TimeOnly.MinValue),
                },
                cancellationToken: token));
            if (created is not null)
            {
                return created.ToPeriod();
            }

            // A retry after a lost answer finds the same period and gets it; a different one is a clash of codes.
            var existing = (await PeriodAsync(connection, period.Code, token))!;
            return existing with { CreatedAt = default } == period
                ? existing
                : throw new EntityAlreadyExistsException("period", period.Code);
        }, cancellationToken);

    public Task<ReportingPeriod> GetPeriodAsync(string code, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token)
            => await PeriodAsync(connection, code, token) ?? throw new EntityNotFoundException("period", code), cancellationToken);

    public Task<IReadOnlyList<ReportingPeriod>> ListPeriodsAsync(int limit, string? afterCode, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<ReportingPeriod>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<PeriodRow>(new CommandDefinition(
                $"""
                SELECT {PeriodRow.Columns} FROM reporting_periods
                WHERE @afterCode::text IS NULL OR code < @afterCode
                ORDER BY code DESC
                LIMIT @limit
                """,
                new { afterCode, limit },
                cancellationToken: token));
            return [.. rows.Select(row => row.ToPeriod())];
        }, cancellationToken);

    public Task<ProgressReport> GetAsync(Guid measureId, string period, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token)
            => (await ReportsAsync(connection, "measure_id = @measureId AND period = @period", new { measureId, period }, token))
               .SingleOrDefault() ?? throw new EntityNotFoundException("report", RecordIds.Report(measureId, period)), cancellationToken);

    public async Task<IReadOnlyList<ProgressReport>> ListAsync(ReportFilter filter, int limit, string? afterKey, CancellationToken cancellationToken)
    {
        if (filter.AsOf is not { } moment)
        {
            return await ListNowAsync(filter, limit, afterKey, cancellationToken);
        }

        // The reports now, rewound to the moment through the changes made since and filtered by the state they had
        // then: one approved after the moment was not approved yet. Their review ends at the moment as well.
        var anyState = filter with { State = null, AsOf = null };
        var found = new List<ProgressReport>();
        while (found.Count < limit)
        {
            var page = await ListNowAsync(anyState, RewindPageSize, afterKey, cancellationToken);
            // Read after the page, so a change committed in between is undone to what the page holds (see MeasureStore).
            var since = await history.ChangedAfterAsync(
                RecordKind, [.. page.Select(report => RecordIds.Report(report.MeasureId, report.Period))], moment, cancellationToken);
            found.AddRange(page
                .Select(report => AsItStood.Rewind(report, Key(report.MeasureId, report.Period), since[RecordIds.Report(report.MeasureId, report.Period)], moment, NotReportFields))
                .OfType<ProgressReport>()
                .Where(report => filter.State is null || report.State == filter.State)
                .Select(report => report with { Events = [.. report.Events.Where(e => e.At <= moment)] }));
            if (page.Count < RewindPageSize)
            {
                break;
            }

            afterKey = filter.MeasureId is not null ? page[^1].Period : page[^1].MeasureId.ToString();
        }

        return [.. found.Take(limit)];
    }

    private const int RewindPageSize = 500;

    private Task<IReadOnlyList<ProgressReport>> ListNowAsync(ReportFilter filter, int limit, string? afterKey, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            // A measure's reports go newest period first; a period's go by measure, oldest first (ids are UUIDv7).
            var byMeasure = filter.MeasureId is not null;
            var where = byMeasure
                ? "measure_id = @MeasureId AND (@afterKey::text IS NULL OR period < @afterKey)"
                : "period = @Period AND (@afterId::uuid IS NULL OR measure_id > @afterId)";
            var order = byMeasure ? "period DESC" : "measure_id";
            return await ReportsAsync(connection,
                $"{where} AND (@State::text IS NULL OR state = @State) ORDER BY {order} LIMIT @limit",
                new
                {
                    filter.MeasureId,
                    filter.Period,
                    State = filter.State?.ToColumn(),
                    afterKey = byMeasure ? afterKey : null,
                    afterId = !byMeasure && Guid.TryParse(afterKey, out var afterId) ? afterId : (Guid?)null,
                    limit,
                }, token);
        }, cancellationToken);

    public Task<ProgressReport> CreateAsync(Guid measureId, string period, ReportContent content, Actor actor, CancellationToken cancellationToken)
    {
        var values = ReportRow.Parameters(content, actor);
        return database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO progress_reports (measure_id, period, state, done, obstacles, next_steps, rating, spending, reach,
                                              milestones, last_editor)
                VALUES (@measureId, @period, 'concept', @Done, @Obstacles, @NextSteps, @Rating, @Spending::jsonb, @Reach::jsonb,
                        @Milestones::jsonb, @LastEditor::jsonb)
                ON CONFLICT DO NOTHING
                """,
                new { measureId, period, values.Done, values.Obstacles, values.NextSteps, values.Rating, values.Spending, values.Reach, values.Milestones, values.LastEditor },
                transaction,
                cancellationToken: token));
            var report = (await ReportsAsync(connection, "measure_id = @measureId AND period = @period", new { measureId, period }, token, transaction)).Single();
            if (inserted == 1)
            {
                await history.AppendAsync(connection, transaction, HistoryEntry.Created(
                    Key(measureId, period), report, MeasureStore.Key(measureId), period, NotReportFields), token);
                await transaction.CommitAsync(token);
                return report;
            }

            // A create retried after its answer was lost finds its own untouched report; anything else is a clash.
            var ownRetry = report.Version == 1 && report.LastEditor.Subject == actor.Subject
                && ReportRow.Parameters(report.Content, report.LastEditor) == values;
            return ownRetry
                ? report
                : throw new EntityAlreadyExistsException("report", RecordIds.Report(measureId, period),
                    $"the measure already has a report for {period}; read it and change it at its version");
        }, cancellationToken);
    }

    public Task<ProgressReport> UpdateAsync(
        Guid measureId, string period, long version, ReportState expectedState, ReportContent? content, ReportEvent? move,
        Actor actor, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var before = (await ReportsAsync(connection, "measure_id = @measureId AND period = @period AND version = @version FOR UPDATE",
                new { measureId, period, version }, token, transaction)).SingleOrDefault();
            var values = content is null ? null : ReportRow.Parameters(content, actor);
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE progress_reports SET
                    done = COALESCE(@Done, done), obstacles = COALESCE(@Obstacles, obstacles),
                    next_steps = COALESCE(@NextSteps, next_steps),
                    rating = CASE WHEN @WritesContent THEN @Rating ELSE rating END,
                    spending = COALESCE(@Spending::jsonb, spending), reach = COALESCE(@Reach::jsonb, reach),
                    milestones = COALESCE(@Milestones::jsonb, milestones),
                    last_editor = COALESCE(@LastEditor::jsonb, last_editor),
                    state = COALESCE(@ToState, state),
                    version = version + 1, updated_at = now()
                WHERE measure_id = @measureId AND period = @period AND version = @version AND state = @expectedState
                """,
                new
                {
                    measureId,
                    period,
                    version,
                    expectedState = expectedState.ToColumn(),
                    WritesContent = values is not null,
                    values?.Done,
                    values?.Obstacles,
                    values?.NextSteps,
                    values?.Rating,
                    values?.Spending,
                    values?.Reach,
                    values?.Milestones,
                    values?.LastEditor,
                    ToState = move?.To.ToColumn(),
                },
                transaction,
                cancellationToken: token));
            if (updated == 0 || before is null)
            {
                var current = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                    "SELECT version FROM progress_reports WHERE measure_id = @measureId AND period = @period",
                    new { measureId, period }, transaction, cancellationToken: token));
                throw current is null
                    ? new EntityNotFoundException("report", RecordIds.Report(measureId, period))
                    : new VersionConflictException("report", RecordIds.Report(measureId, period), version, current.Value);
            }

            if (move is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO report_events (measure_id, period, from_state, to_state, actor, reason)
                    VALUES (@measureId, @period, @FromState, @ToState, @Actor::jsonb, @Reason)
                    """,
                    new { measureId, period, FromState = move.From.ToColumn(), ToState = move.To.ToColumn(), Actor = ReportRow.ActorJson(move.Actor), move.Reason },
                    transaction,
                    cancellationToken: token));
            }

            var report = (await ReportsAsync(connection, "measure_id = @measureId AND period = @period", new { measureId, period }, token, transaction)).Single();
            await history.AppendAsync(connection, transaction, HistoryEntry.Updated(
                Key(measureId, period), before, report, move?.To.ToColumn() ?? HistoryEntry.UpdatedAction, move?.Reason ?? "",
                MeasureStore.Key(measureId), period, NotReportFields), token);
            await transaction.CommitAsync(token);
            return report;
        }, cancellationToken);

    public Task<bool> AddAttachmentAsync(
        Guid measureId, string period, Attachment attachment, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        => ChangeHeldReportAsync(measureId, period, async (connection, transaction, token) =>
        {
            var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM report_attachments WHERE measure_id = @measureId AND period = @period",
                new { measureId, period }, transaction, cancellationToken: token));
            if (count >= AttachmentFiles.MaxPerReport)
            {
                return null;
            }

            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO report_attachments (id, measure_id, period, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
                """,
                connection,
                transaction);
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = attachment.Id });
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = measureId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = period });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = attachment.FileName });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = attachment.ContentType });
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = attachment.SizeBytes });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = attachment.Sha256 });
            // The received buffer itself, not a copy of it.
            insert.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = content, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ReportRow.ActorJson(attachment.UploadedBy) });
            insert.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = attachment.UploadedAt });
            await insert.ExecuteNonQueryAsync(token);
            return new FieldChange("attachments", null, FileNameJson(attachment.FileName));
        }, cancellationToken);

    public Task<(Attachment Attachment, byte[] Content)> GetAttachmentAsync(
        Guid measureId, string period, Guid attachmentId, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<AttachmentContentRow>(new CommandDefinition(
                $"SELECT {AttachmentRow.Columns}, content AS Content FROM report_attachments WHERE id = @attachmentId AND measure_id = @measureId AND period = @period",
                new { attachmentId, measureId, period }, cancellationToken: token))
                ?? throw new EntityNotFoundException("attachment", attachmentId.ToString());
            return (row.ToAttachment(), row.Content);
        }, cancellationToken);

    public Task<bool> DeleteAttachmentAsync(Guid measureId, string period, Guid attachmentId, CancellationToken cancellationToken)
        => ChangeHeldReportAsync(measureId, period, async (connection, transaction, token) =>
            await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "DELETE FROM report_attachments WHERE id = @attachmentId AND measure_id = @measureId AND period = @period RETURNING file_name",
                new { attachmentId, measureId, period }, transaction, cancellationToken: token)) is { } fileName
                ? new FieldChange("attachments", FileNameJson(fileName), null)
                : null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="change"/> on the attachments while the report is locked and still held by its partners
    /// (concept or teruggestuurd), so a submit cannot slip in between; a change made is a new version of the report
    /// (the attachments are part of it as read), recorded in its history as <paramref name="change"/> returns it.
    /// False when the report is no longer held or the change did nothing.
    /// </summary>
    private Task<bool> ChangeHeldReportAsync(
        Guid measureId, string period, Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<FieldChange?>> change,
        CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var state = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT state FROM progress_reports WHERE measure_id = @measureId AND period = @period FOR UPDATE",
                new { measureId, period }, transaction, cancellationToken: token));
            if (state is not ("concept" or "teruggestuurd") || await change(connection, transaction, token) is not { } changed)
            {
                return false;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE progress_reports SET version = version + 1, updated_at = now() WHERE measure_id = @measureId AND period = @period",
                new { measureId, period }, transaction, cancellationToken: token));
            await history.AppendAsync(connection, transaction, new HistoryEntry(
                Key(measureId, period), HistoryEntry.UpdatedAction, [changed], Parent: MeasureStore.Key(measureId), Label: period), token);
            await transaction.CommitAsync(token);
            return true;
        }, cancellationToken);

    /// <summary>The report as its history names it, within its measure's history.</summary>
    public static RecordKey Key(Guid measureId, string period) => new(RecordKind, RecordIds.Report(measureId, period));

    private const string RecordKind = "report";

    // The report's keys, the review's own record and the files (recorded one by one as they come and go).
    private static readonly string[] NotReportFields = ["measureId", "period", "lastEditor", "events", "attachments"];

    private static string FileNameJson(string fileName) => JsonSerializer.Serialize(fileName);

    /// <summary>A report_attachments row with its content, for a download.</summary>
    private sealed class AttachmentContentRow : AttachmentRow
    {
        public byte[] Content { get; init; } = [];
    }

    public Task<IReadOnlyList<ExpectedReport>> OverviewAsync(ReportingPeriod period, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<ExpectedReport>>(async (connection, token) =>
        {
            // Expected: a measure past the idea whose dates overlap the period (a running one without dates too).
            var rows = await connection.QueryAsync<OverviewRow>(new CommandDefinition(
                """
                SELECT m.id AS MeasureId, m.title AS MeasureTitle, m.lead_partner_id AS LeadPartnerId,
                       (m.status <> 'idee'
                        AND (m.start_date <= @end OR (m.start_date IS NULL AND m.status = 'lopend'))
                        AND (m.end_date IS NULL OR m.end_date >= @start)) AS Expected,
                       r.state AS State, r.version AS Version, r.updated_at AS UpdatedAt
                FROM measures m
                LEFT JOIN progress_reports r ON r.measure_id = m.id AND r.period = @code
                WHERE r.measure_id IS NOT NULL
                   OR (m.status <> 'idee'
                       AND (m.start_date <= @end OR (m.start_date IS NULL AND m.status = 'lopend'))
                       AND (m.end_date IS NULL OR m.end_date >= @start))
                ORDER BY m.title, m.id
                """,
                new
                {
                    code = period.Code,
                    start = period.StartDate.ToDateTime(TimeOnly.MinValue),
                    end = period.EndDate.ToDateTime(TimeOnly.MinValue),
                },
                cancellationToken: token));
            return [.. rows.Select(row => new ExpectedReport(
                row.MeasureId, row.MeasureTitle, row.LeadPartnerId, row.Expected,
                row.State is null ? null : EnumColumn.Parse<ReportState>(row.State), row.Version ?? 0, row.UpdatedAt))];
        }, cancellationToken);

    private static async Task<ReportingPeriod?> PeriodAsync(NpgsqlConnection connection, string code, CancellationToken token)
        => (await connection.QuerySingleOrDefaultAsync<PeriodRow>(new CommandDefinition(
            $"SELECT {PeriodRow.Columns} FROM reporting_periods WHERE code = @code", new { code }, cancellationToken: token)))?.ToPeriod();

    /// <summary>The reports matching <paramref name="where"/> (which may end in ORDER BY and LIMIT), each with its events.</summary>
    private static async Task<IReadOnlyList<ProgressReport>> ReportsAsync(
        NpgsqlConnection connection, string where, object parameters, CancellationToken token, NpgsqlTransaction? transaction = null)
    {
        var rows = (await connection.QueryAsync<ReportRow>(new CommandDefinition(
            $"SELECT {ReportRow.Columns} FROM progress_reports WHERE {where}", parameters, transaction, cancellationToken: token))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var events = (await connection.QueryAsync<ReportEventRow>(new CommandDefinition(
                $"""
                SELECT {ReportEventRow.Columns} FROM report_events
                WHERE (measure_id, period) IN (SELECT * FROM unnest(@measureIds::uuid[], @periods::text[]))
                ORDER BY id
                """,
                new { measureIds = rows.Select(r => r.MeasureId).ToArray(), periods = rows.Select(r => r.Period).ToArray() },
                transaction,
                cancellationToken: token)))
            .ToLookup(e => (e.MeasureId, e.Period));
        var attachments = (await connection.QueryAsync<AttachmentRow>(new CommandDefinition(
                $"""
                SELECT {AttachmentRow.Columns} FROM report_attachments
                WHERE (measure_id, period) IN (SELECT * FROM unnest(@measureIds::uuid[], @periods::text[]))
                ORDER BY uploaded_at, id
                """,
                new { measureIds = rows.Select(r => r.MeasureId).ToArray(), periods = rows.Select(r => r.Period).ToArray() },
                transaction,
                cancellationToken: token)))
            .ToLookup(a => (a.MeasureId, a.Period));
        return [.. rows.Select(row => row.ToReport(
            [.. events[(row.MeasureId, row.Period)].Select(e => e.ToEvent())],
            [.. attachments[(row.MeasureId, row.Period)].Select(a => a.ToAttachment())]))];
    }

    private sealed class OverviewRow
    {
        public Guid MeasureId { get; init; }
        public string MeasureTitle { get; init; } = "";
        public Guid LeadPartnerId { get; init; }
        public bool Expected { get; init; }
        public string? State { get; init; }
        public long? Version { get; init; }
        public DateTime? UpdatedAt { get; init; }
    }
}
