using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Npgsql;
using Nplv.Contracts;
using Nplv.Shared.Data;

namespace Nplv.Shared.History;

/// <summary>
/// The service's history table: stores append to it inside the transaction of the change they record, and it is
/// read newest first. The table refuses updates, deletes and truncation (its migration), so what is written stays.
/// </summary>
public sealed class HistoryLog(ServiceDatabase database, CallActor callActor)
{
    public async Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, HistoryEntry entry, CancellationToken token)
    {
        var actor = callActor.Current;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO history (kind, record_id, parent_kind, parent_id, label, action, fields, reason,
                                 actor_subject, actor_name, actor_role, actor_partner, trace_id)
            VALUES (@Kind, @RecordId, @ParentKind, @ParentId, @Label, @Action, @Fields::jsonb, @Reason,
                    @Subject, @Name, @Role, @PartnerId, @TraceId)
            """,
            new
            {
                entry.Record.Kind,
                RecordId = entry.Record.Id,
                ParentKind = entry.Parent?.Kind,
                ParentId = entry.Parent?.Id,
                entry.Label,
                entry.Action,
                Fields = JsonSerializer.Serialize(entry.Fields, FieldChanges.Json),
                entry.Reason,
                actor.Subject,
                actor.Name,
                actor.Role,
                actor.PartnerId,
                TraceId = Activity.Current?.TraceId.ToHexString() ?? "",
            },
            transaction,
            cancellationToken: token));
    }

    /// <summary>
    /// The changes of <paramref name="record"/> and of the records it holds, newest first, from before
    /// <paramref name="beforeSequence"/> when given; <paramref name="limit"/> rows at most.
    /// </summary>
    public Task<IReadOnlyList<RecordedChange>> ListAsync(RecordKey record, int limit, long? beforeSequence, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            // Two index scans, merged: the record's own changes and those of the records it holds.
            var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
                $"""
                SELECT {RowColumns}
                FROM (
                    (SELECT * FROM history
                     WHERE kind = @Kind AND record_id = @Id AND sequence < @before
                     ORDER BY sequence DESC LIMIT @limit)
                    UNION ALL
                    (SELECT * FROM history
                     WHERE parent_kind = @Kind AND parent_id = @Id AND sequence < @before
                     ORDER BY sequence DESC LIMIT @limit)
                ) changes
                ORDER BY sequence DESC
                LIMIT @limit
                """,
                new { record.Kind, record.Id, limit, before = beforeSequence ?? long.MaxValue },
                cancellationToken: token));
            return (IReadOnlyList<RecordedChange>)[.. rows.Select(row => row.ToChange())];
        }, cancellationToken);

    /// <summary>
    /// Every change of these records of a <paramref name="kind"/> made after <paramref name="moment"/>, newest first:
    /// what <see cref="AsItStood"/> undoes to show those records as they stood then (found by the record index).
    /// </summary>
    public Task<ILookup<string, RecordedChange>> ChangedAfterAsync(
        string kind, IReadOnlyCollection<string> recordIds, DateTime moment, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
                $"SELECT {RowColumns} FROM history WHERE kind = @kind AND record_id = ANY(@ids) AND changed_at > @moment ORDER BY sequence DESC",
                new { kind, ids = recordIds.ToArray(), moment },
                cancellationToken: token));
            return rows.Select(row => row.ToChange()).ToLookup(change => change.Record.Id);
        }, cancellationToken);

    private const string RowColumns =
        """
        sequence AS Sequence, kind AS Kind, record_id AS RecordId, label AS Label, action AS Action,
        fields::text AS Fields, reason AS Reason, actor_subject AS Subject, actor_name AS Name,
        actor_role AS Role, actor_partner AS PartnerId, trace_id AS TraceId, changed_at AS ChangedAt
        """;

    private sealed record HistoryRow(
        long Sequence, string Kind, string RecordId, string Label, string Action, string Fields, string Reason,
        string Subject, string Name, string Role, string PartnerId, string TraceId, DateTime ChangedAt)
    {
        public RecordedChange ToChange() => new(
            Sequence,
            ChangedAt,
            new ActorMetadata(Subject, Name, Role, PartnerId),
            new RecordKey(Kind, RecordId),
            Label,
            Action,
            JsonSerializer.Deserialize<List<FieldChange>>(Fields, FieldChanges.Json) ?? [],
            Reason,
            TraceId);
    }
}
