using Dapper;
using Nplv.Partners.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;
using Nplv.Shared.History;
using static Nplv.Partners.Data.PartnerRows;

namespace Nplv.Partners.Data;

/// <summary>Creates and reads partners; changes to existing partners are in PartnerStore.Changes.cs.</summary>
public sealed partial class PartnerStore(ServiceDatabase database, HistoryLog history)
{
    /// <summary>
    /// Inserts the partner and its contacts once: a retried create (the same request id, or this call run again
    /// after a dropped connection, with the same new id) inserts nothing and returns the partner the first attempt made.
    /// </summary>
    /// <param name="id">The new partner's id; a new UUIDv7 unless given (seed data has fixed ids).</param>
    public Task<Partner> CreateAsync(NewPartner partner, CancellationToken cancellationToken, Guid? id = null)
    {
        var details = partner.Details.Normalized();
        var row = new
        {
            Id = id ?? Guid.CreateVersion7(),
            partner.RequestId,
            details.Name,
            Type = details.Type!.Value.ToColumn(),
            details.Role,
            details.Website,
        };

        return database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO partners (id, request_id, name, type, role, website)
                VALUES (@Id, @RequestId, @Name, @Type, @Role, @Website)
                ON CONFLICT DO NOTHING
                """,
                row,
                transaction,
                cancellationToken: token));
            if (inserted == 1)
            {
                await ReplaceContactsAsync(connection, transaction, row.Id, details.Contacts, token);
            }

            var created = (await connection.QuerySingleAsync<PartnerRow>(new CommandDefinition(
                $"{Select} WHERE p.request_id = @RequestId OR p.id = @Id", row, transaction, cancellationToken: token))).ToPartner();
            if (inserted == 1)
            {
                await history.AppendAsync(connection, transaction, HistoryEntry.Created(Key(created.Id), created, ignored: Archiving), token);
            }

            await transaction.CommitAsync(token);
            return inserted == 1 || partner.RequestId is null || (created.Name == details.Name && created.Type == details.Type)
                ? created
                : throw RequestIds.ReusedFor("partner", partner.RequestId);
        }, cancellationToken);
    }

    /// <summary>The partner, archived or not.</summary>
    public Task<Partner> GetAsync(Guid id, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
            await ReadAsync(connection, null, id, token) ?? throw new EntityNotFoundException("partner", id.ToString()),
            cancellationToken);

    /// <summary>The partners in the order of <paramref name="ids"/>, archived or not; every id must be known.</summary>
    public Task<IReadOnlyList<Partner>> BatchGetAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Partner>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<PartnerRow>(new CommandDefinition(
                $"{Select} WHERE p.id = ANY(@ids)", new { ids = ids.Distinct().ToArray() }, cancellationToken: token));
            var found = rows.Select(row => row.ToPartner()).ToDictionary(p => p.Id);

            BatchRead.ThrowIfAnyMissing("partner", ids, found.Keys);

            return [.. ids.Select(id => found[id])];
        }, cancellationToken);

    /// <summary>Partners matching <paramref name="filter"/> in name order (ignoring case), then id, after <paramref name="after"/>.</summary>
    public Task<IReadOnlyList<Partner>> ListAsync(
        PartnerFilter filter, int limit, PartnerPageKey? after, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Partner>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<PartnerRow>(new CommandDefinition(
                $"""
                {Select}
                WHERE (@afterId::uuid IS NULL OR (lower(p.name), p.id) > (lower(@afterName), @afterId))
                  AND (@type::text IS NULL OR p.type = @type)
                  AND (@includeArchived OR p.archived_at IS NULL)
                  AND (@pattern::text IS NULL OR p.name ILIKE @pattern OR p.role ILIKE @pattern)
                ORDER BY lower(p.name), p.id
                LIMIT @limit
                """,
                new
                {
                    afterName = after?.Name,
                    afterId = after?.Id,
                    type = filter.Type?.ToColumn(),
                    includeArchived = filter.IncludeArchived,
                    pattern = filter.LikePattern(),
                    limit,
                },
                cancellationToken: token));

            return [.. rows.Select(row => row.ToPartner())];
        }, cancellationToken);

    /// <summary>The partner as its history names it.</summary>
    public static RecordKey Key(Guid id) => new("partner", id.ToString());

    // Archiving is its own action; its time, and whether it happened, are not fields that change.
    private static readonly string[] Archiving = ["archivedAt", "isArchived"];
}
