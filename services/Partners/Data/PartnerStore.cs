using Dapper;
using Npgsql;
using Nplv.Partners.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Partners.Data;

public sealed class PartnerStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id AS Id, name AS Name, type AS Type, role AS Role, website AS Website, version AS Version, " +
        "created_at AS CreatedAt, updated_at AS UpdatedAt";

    public async Task<Partner> CreateAsync(NewPartner partner, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // A retried create (same request id) inserts nothing and returns the partner the first attempt made.
        var created = await connection.QuerySingleOrDefaultAsync<PartnerRow>(new CommandDefinition(
            $"""
            INSERT INTO partners (id, request_id, name, type, role, website)
            VALUES (@Id, @RequestId, @Name, @Type, @Role, @Website)
            ON CONFLICT (request_id) DO NOTHING
            RETURNING {Columns}
            """,
            new
            {
                Id = Guid.CreateVersion7(),
                partner.RequestId,
                Name = partner.Name.Trim(),
                Type = partner.Type!.Value.ToColumn(),
                Role = partner.Role.Trim(),
                Website = partner.Website.Trim(),
            },
            cancellationToken: cancellationToken));

        created ??= await connection.QuerySingleAsync<PartnerRow>(new CommandDefinition(
            $"SELECT {Columns} FROM partners WHERE request_id = @RequestId",
            new { partner.RequestId },
            cancellationToken: cancellationToken));

        return created.ToPartner();
    }

    public async Task<Partner> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PartnerRow>(new CommandDefinition(
            $"SELECT {Columns} FROM partners WHERE id = @id",
            new { id },
            cancellationToken: cancellationToken));

        return row?.ToPartner() ?? throw new EntityNotFoundException("partner", id.ToString());
    }

    /// <summary>Partners in name order (ignoring case), then id, after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<Partner>> ListAsync(int limit, PartnerPageKey? after, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PartnerRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM partners
            WHERE @afterId::uuid IS NULL OR (lower(name), id) > (lower(@afterName), @afterId)
            ORDER BY lower(name), id
            LIMIT @limit
            """,
            new { afterName = after?.Name, afterId = after?.Id, limit },
            cancellationToken: cancellationToken));

        return [.. rows.Select(row => row.ToPartner())];
    }

    private sealed record PartnerRow(
        Guid Id, string Name, string Type, string Role, string Website, long Version, DateTime CreatedAt, DateTime UpdatedAt)
    {
        public Partner ToPartner() => new(
            Id, Name, EnumColumn.Parse<PartnerType>(Type), Role, Website, Version, CreatedAt, UpdatedAt);
    }
}
