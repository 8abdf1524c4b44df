using Dapper;
using Npgsql;
using Nplv.Measures.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;
using Nplv.Shared.History;

namespace Nplv.Measures.Data;

public sealed class MeasureStore(ServiceDatabase database, HistoryLog history) : IMeasureStore
{
    private const string Columns = MeasureRow.Columns;

    /// <summary>
    /// Inserts the measure once: a retried create (the same request id, or this call run again after a dropped
    /// connection, with the same new id) inserts nothing and returns the measure the first attempt made.
    /// </summary>
    public Task<Measure> CreateAsync(Guid? requestId, MeasureDraft draft, CancellationToken cancellationToken)
    {
        var row = MeasureRow.Parameters(Guid.CreateVersion7(), requestId, draft);
        return database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var created = await connection.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(
                $"""
                INSERT INTO measures (id, request_id, title, description, theme, area_codes, lead_partner_id, participants,
                                      partner_ids, status, start_date, end_date, funding, milestones, indicator_links)
                VALUES (@Id, @RequestId, @Title, @Description, @Theme, @AreaCodes, @LeadPartnerId, @Participants::jsonb,
                        @PartnerIds, @Status, @StartDate, @EndDate, @Funding::jsonb, @Milestones::jsonb, @IndicatorLinks::jsonb)
                ON CONFLICT DO NOTHING
                RETURNING {Columns}
                """,
                row,
                transaction,
                cancellationToken: token));

            if (created is not null)
            {
                var measure = created.ToMeasure();
                await history.AppendAsync(connection, transaction, HistoryEntry.Created(Key(measure.Id), measure), token);
                await transaction.CommitAsync(token);
                return measure;
            }

            var earlier = (await connection.QuerySingleAsync<MeasureRow>(new CommandDefinition(
                $"SELECT {Columns} FROM measures WHERE request_id = @RequestId OR id = @Id", row, transaction, cancellationToken: token))).ToMeasure();
            return earlier.Content.Title == draft.Title.Trim() && earlier.Content.LeadPartnerId == draft.LeadPartnerId
                ? earlier
                : throw RequestIds.ReusedFor("measure", requestId);
        }, cancellationToken);
    }

    public Task<Measure> UpdateAsync(Guid id, long version, MeasureDraft draft, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(MeasureRow.Parameters(id, null, draft));
        parameters.Add("ExpectedVersion", version);
        return database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var before = await connection.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(
                $"SELECT {Columns} FROM measures WHERE id = @Id AND version = @ExpectedVersion FOR UPDATE",
                parameters,
                transaction,
                cancellationToken: token));
            if (before is null)
            {
                throw await MissedVersionAsync(connection, transaction, id, version, token);
            }

            var updated = await connection.QuerySingleAsync<MeasureRow>(new CommandDefinition(
                $"""
                UPDATE measures SET title = @Title, description = @Description, theme = @Theme, area_codes = @AreaCodes,
                    lead_partner_id = @LeadPartnerId, participants = @Participants::jsonb, partner_ids = @PartnerIds,
                    status = @Status, start_date = @StartDate, end_date = @EndDate, funding = @Funding::jsonb,
                    milestones = @Milestones::jsonb, indicator_links = @IndicatorLinks::jsonb,
                    version = version + 1, updated_at = now()
                WHERE id = @Id AND version = @ExpectedVersion
                RETURNING {Columns}
                """,
                parameters,
                transaction,
                cancellationToken: token));
            var measure = updated.ToMeasure();
            await history.AppendAsync(connection, transaction, HistoryEntry.Updated(Key(id), before.ToMeasure(), measure), token);
            await transaction.CommitAsync(token);
            return measure;
        }, cancellationToken);
    }

    /// <summary>Deletes only at the version read (one statement, so a concurrent change cannot slip in between).</summary>
    public Task DeleteAsync(Guid id, long version, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            MeasureRow? deleted;
            try
            {
                deleted = await connection.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(
                    $"DELETE FROM measures WHERE id = @id AND version = @version RETURNING {Columns}",
                    new { id, version },
                    transaction,
                    cancellationToken: token));
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.RestrictViolation || ex.SqlState == PostgresErrorCodes.ForeignKeyViolation)
            {
                // Its progress reports are the programme's account of it: they keep the measure.
                throw new StateConflictException("measure", id.ToString(), "a measure with progress reports cannot be deleted; stop it instead");
            }

            if (deleted is null)
            {
                throw await MissedVersionAsync(connection, transaction, id, version, token);
            }

            await history.AppendAsync(connection, transaction, HistoryEntry.Deleted(Key(id), deleted.ToMeasure()), token);
            await transaction.CommitAsync(token);
            return true;
        }, cancellationToken);

    /// <summary>Why a change guarded by <paramref name="version"/> touched no row: the measure is gone, or was changed.</summary>
    private static async Task<Exception> MissedVersionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, long version, CancellationToken token)
    {
        var current = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT version FROM measures WHERE id = @id", new { id }, transaction, cancellationToken: token));
        return current is null
            ? new EntityNotFoundException("measure", id.ToString())
            : new VersionConflictException("measure", id.ToString(), version, current.Value);
    }

    /// <summary>The measure as its history names it; its reports' changes are part of that history.</summary>
    public static RecordKey Key(Guid id) => new(RecordKind, id.ToString());

    private const string RecordKind = "measure";

    public async Task<Measure> GetAsync(Guid id, CancellationToken cancellationToken)
        => (await BatchGetAsync([id], cancellationToken)).SingleOrDefault()
           ?? throw new EntityNotFoundException("measure", id.ToString());

    public Task<IReadOnlyList<Measure>> BatchGetAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Measure>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<MeasureRow>(new CommandDefinition(
                $"SELECT {Columns} FROM measures WHERE id = ANY(@ids)", new { ids = ids.ToArray() }, cancellationToken: token));
            var byId = rows.ToDictionary(row => row.Id);
            return [.. ids.Where(byId.ContainsKey).Select(id => byId[id].ToMeasure())];
        }, cancellationToken);

    /// <summary>Measures in creation order (ids are UUIDv7, so time-ordered) after <paramref name="afterId"/>.</summary>
    public async Task<IReadOnlyList<Measure>> ListAsync(MeasureFilter filter, int limit, Guid? afterId, CancellationToken cancellationToken)
    {
        if (filter.AsOf is not { } moment)
        {
            return await ListNowAsync(filter, limit, afterId, cancellationToken);
        }

        // Every measure now, rewound to the moment through the changes made since, then filtered as it was: a
        // measure's theme, areas or status may have changed since. One created after the moment did not exist.
        var everyMeasure = new MeasureFilter(null, [], null, null);
        var found = new List<Measure>();
        while (found.Count < limit)
        {
            var page = await ListNowAsync(everyMeasure, RewindPageSize, afterId, cancellationToken);
            // The changes are read after the page: a change committed between the two reads is then undone to the
            // value the page already holds, where read before it, it would be missed and the page shown as changed.
            var since = await history.ChangedAfterAsync(RecordKind, [.. page.Select(measure => measure.Id.ToString())], moment, cancellationToken);
            found.AddRange(page
                .Select(measure => AsItStood.Rewind(measure, Key(measure.Id), since[measure.Id.ToString()], moment))
                .OfType<Measure>()
                .Where(filter.Matches));
            if (page.Count < RewindPageSize)
            {
                break;
            }

            afterId = page[^1].Id;
        }

        return [.. found.Take(limit)];
    }

    private const int RewindPageSize = 500;

    private Task<IReadOnlyList<Measure>> ListNowAsync(MeasureFilter filter, int limit, Guid? afterId, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Measure>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<MeasureRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM measures
                WHERE (@afterId::uuid IS NULL OR id > @afterId)
                  AND (@theme::text IS NULL OR theme = @theme)
                  AND (@status::text IS NULL OR status = @status)
                  AND (cardinality(@areaCodes::text[]) = 0 OR area_codes && @areaCodes::text[])
                  AND (@partnerId::uuid IS NULL OR partner_ids @> ARRAY[@partnerId::uuid])
                ORDER BY id
                LIMIT @limit
                """,
                new
                {
                    afterId,
                    theme = filter.Theme?.ToColumn(),
                    status = filter.Status?.ToColumn(),
                    areaCodes = filter.AreaCodes.ToArray(),
                    filter.PartnerId,
                    limit,
                },
                cancellationToken: token));
            return [.. rows.Select(row => row.ToMeasure())];
        }, cancellationToken);
}
