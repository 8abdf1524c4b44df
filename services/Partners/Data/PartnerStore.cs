using Dapper;
using Nplv.Partners.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Partners.Data;

public sealed class PartnerStore(ServiceDatabase database)
{
    private const string Columns =
        "id AS Id, name AS Name, type AS Type, role AS Role, website AS Website, version AS Version, " +
        "created_at AS CreatedAt, updated_at AS UpdatedAt";

    /// <summary>
    /// Inserts the partner once: a retried create (the same request id, or this call run again after a dropped
    /// connection, with the same new id) inserts nothing and returns the partner the first attempt made.
    /// </summary>
    public Task<Partner> CreateAsync(NewPartner partner, CancellationToken cancellationToken)
    {
        var row = new
        {
            Id = Guid.CreateVersion7(),
            partner.RequestId,
            Name = partner.Name.Trim(),
            Type = partner.Type!.Value.ToColumn(),
            Role = partner.Role.Trim(),
            Website = partner.Website.Trim(),
        };

        return database.ExecuteAsync(async (connection, token) =>
        {
            var created = await connection.QuerySingleOrDefaultAsync<PartnerRow>(new CommandDefinition(
                $"""
                INSERT INTO partners (id, request_id, name, type, role, website)
                VALUES (@Id, @RequestId, @Name, @Type, @Role, @Website)
                ON CONFLICT DO NOTHING
                RETURNING {Columns}
                """,
                row,
                cancellationToken: token));

            created ??= await connection.QuerySingleAsync<PartnerRow>(new CommandDefinition(
                $"SELECT {Columns} FROM partners WHERE request_id = @RequestId OR id = @Id",
                row,
                cancellationToken: token));

            return created.ToPartner();
        }, cancellationToken);
    }

    public Task<Partner> GetAsync(Guid id, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<PartnerRow>(new CommandDefinition(
                $"SELECT {Columns} FROM partners WHERE id = @id", new { id }, cancellationToken: token));

            return row?.ToPartner() ?? throw new EntityNotFoundException("partner", id.ToString());
        }, cancellationToken);

    /// <summary>Partners in name order (ignoring case), then id, after <paramref name="after"/>.</summary>
    public Task<IReadOnlyList<Partner>> ListAsync(int limit, PartnerPageKey? after, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Partner>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<PartnerRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM partners
                WHERE @afterId::uuid IS NULL OR (lower(name), id) > (lower(@afterName), @afterId)
                ORDER BY lower(name), id
                LIMIT @limit
                """,
                new { afterName = after?.Name, afterId = after?.Id, limit },
                cancellationToken: token));

            return [.. rows.Select(row => row.ToPartner())];
        }, cancellationToken);

    private sealed record PartnerRow(
        Guid Id, string Name, string Type, string Role, string Website, long Version, DateTime CreatedAt, DateTime UpdatedAt)
    {
        public Partner ToPartner() => new(
            Id, Name, EnumColumn.Parse<PartnerType>(Type), Role, Website, Version, CreatedAt, UpdatedAt);
    }
}
