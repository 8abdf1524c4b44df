using Dapper;
using Nplv.Partners.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;
using Nplv.Shared.History;
using static Nplv.Partners.Data.PartnerRows;

namespace Nplv.Partners.Data;

/// <summary>Changes to existing partners, each guarded by the version the client read.</summary>
public sealed partial class PartnerStore
{
    /// <summary>Replaces the partner's details and contacts when it is still at the change's version.</summary>
    public Task<Partner> UpdateAsync(PartnerChange change, CancellationToken cancellationToken)
    {
        var details = change.Details.Normalized();
        var row = new
        {
            change.Id,
            change.Version,
            details.Name,
            Type = details.Type!.Value.ToColumn(),
            details.Role,
            details.Website,
        };

        return database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var before = await ReadAsync(connection, transaction, change.Id, token, forUpdate: true);
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE partners
                SET name = @Name, type = @Type, role = @Role, website = @Website,
                    version = version + 1, updated_at = now()
                WHERE id = @Id AND version = @Version
                """,
                row,
                transaction,
                cancellationToken: token));

            if (updated == 0)
            {
                var current = await ReadAsync(connection, transaction, change.Id, token)
                    ?? throw new EntityNotFoundException("partner", change.Id.ToString());
                return change.IsAppliedIn(current)
                    ? current
                    : throw new VersionConflictException("partner", change.Id.ToString(), change.Version, current.Version);
            }

            await ReplaceContactsAsync(connection, transaction, change.Id, details.Contacts, token);
            var partner = await ReadAsync(connection, transaction, change.Id, token);
            await history.AppendAsync(connection, transaction, HistoryEntry.Updated(Key(change.Id), before!, partner!, ignored: Archiving), token);
            await transaction.CommitAsync(token);
            return partner!;
        }, cancellationToken);
    }

    /// <summary>Archives the partner when it is still at <paramref name="version"/>; an archived partner stays as it is.</summary>
    public Task<Partner> ArchiveAsync(Guid id, long version, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var archived = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE partners
                SET archived_at = now(), updated_at = now(), version = version + 1
                WHERE id = @id AND version = @version AND archived_at IS NULL
                """,
                new { id, version },
                transaction,
                cancellationToken: token));

            var partner = await ReadAsync(connection, transaction, id, token)
                ?? throw new EntityNotFoundException("partner", id.ToString());
            if (archived == 0 && !partner.IsArchivedFrom(version))
            {
                throw new VersionConflictException("partner", id.ToString(), version, partner.Version);
            }

            if (archived == 1)
            {
                await history.AppendAsync(connection, transaction, new HistoryEntry(Key(id), "archived", []), token);
            }

            await transaction.CommitAsync(token);
            return partner;
        }, cancellationToken);
}
