using System.Text.Json;
using Dapper;
using Npgsql;
using Nplv.Partners.Domain;
using Nplv.Shared.Data;

namespace Nplv.Partners.Data;

/// <summary>How partners are read from and their contacts written to the database.</summary>
internal static class PartnerRows
{
    /// <summary>
    /// Partners with their contacts. One statement reads both, so a partner and its contacts always come from the
    /// same snapshot, and a page or batch of partners costs one round trip, not one per partner. Append a WHERE.
    /// </summary>
    public const string Select =
        """
        SELECT p.id AS Id, p.name AS Name, p.type AS Type, p.role AS Role, p.website AS Website,
               COALESCE((SELECT json_agg(json_build_object('name', c.name, 'function', c.function, 'email', c.email)
                                         ORDER BY c.position)
                         FROM partner_contacts c WHERE c.partner_id = p.id), '[]')::text AS Contacts,
               p.version AS Version, p.created_at AS CreatedAt, p.updated_at AS UpdatedAt, p.archived_at AS ArchivedAt
        FROM partners p
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="forUpdate">Lock the partner's row until the transaction ends: the state a change starts from.</param>
    public static async Task<Partner?> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken token, bool forUpdate = false)
    {
        var row = await connection.QuerySingleOrDefaultAsync<PartnerRow>(new CommandDefinition(
            $"{Select} WHERE p.id = @id{(forUpdate ? " FOR UPDATE OF p" : "")}", new { id }, transaction, cancellationToken: token));
        return row?.ToPartner();
    }

    /// <summary>Replaces the partner's contacts with <paramref name="contacts"/>, kept in their order.</summary>
    public static async Task ReplaceContactsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid partnerId, IReadOnlyList<Contact> contacts, CancellationToken token)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM partner_contacts WHERE partner_id = @partnerId", new { partnerId }, transaction, cancellationToken: token));
        if (contacts.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO partner_contacts (partner_id, position, name, function, email)
            SELECT @partnerId, (c.ordinality - 1)::int, c.name, c.function, c.email
            FROM unnest(@names::text[], @functions::text[], @emails::text[]) WITH ORDINALITY AS c(name, function, email, ordinality)
            """,
            new
            {
                partnerId,
                names = contacts.Select(c => c.Name).ToArray(),
                functions = contacts.Select(c => c.Function).ToArray(),
                emails = contacts.Select(c => c.Email).ToArray(),
            },
            transaction,
            cancellationToken: token));
    }

    internal sealed record PartnerRow(
        Guid Id, string Name, string Type, string Role, string Website, string Contacts, long Version,
        DateTime CreatedAt, DateTime UpdatedAt, DateTime? ArchivedAt)
    {
        public Partner ToPartner() => new(
            Id, Name, EnumColumn.Parse<PartnerType>(Type), Role, Website,
            JsonSerializer.Deserialize<List<Contact>>(Contacts, Json) ?? [],
            Version, CreatedAt, UpdatedAt, ArchivedAt);
    }
}
