using Dapper;
using Nplv.Measures.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Measures.Data;

public sealed class MeasureStore(ServiceDatabase database) : IMeasureStore
{
    private const string Columns =
        "id AS Id, title AS Title, description AS Description, theme AS Theme, area_codes AS AreaCodes, " +
        "lead_partner_id AS LeadPartnerId, status AS Status, version AS Version, created_at AS CreatedAt, updated_at AS UpdatedAt";

    /// <summary>
    /// Inserts the measure once: a retried create (the same request id, or this call run again after a dropped
    /// connection, with the same new id) inserts nothing and returns the measure the first attempt made.
    /// </summary>
    public Task<Measure> CreateAsync(NewMeasure measure, CancellationToken cancellationToken)
    {
        var row = new
        {
            Id = Guid.CreateVersion7(),
            measure.RequestId,
            Title = measure.Title.Trim(),
            Description = measure.Description.Trim(),
            Theme = measure.Theme!.Value.ToColumn(),
            AreaCodes = measure.AreaCodes.Distinct().Order(StringComparer.Ordinal).ToArray(),
            measure.LeadPartnerId,
            Status = measure.Status.ToColumn(),
        };

        return database.ExecuteAsync(async (connection, token) =>
        {
            var created = await connection.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(
                $"""
                INSERT INTO measures (id, request_id, title, description, theme, area_codes, lead_partner_id, status)
                VALUES (@Id, @RequestId, @Title, @Description, @Theme, @AreaCodes, @LeadPartnerId, @Status)
                ON CONFLICT DO NOTHING
                RETURNING {Columns}
                """,
                row,
                cancellationToken: token));

            created ??= await connection.QuerySingleAsync<MeasureRow>(new CommandDefinition(
                $"SELECT {Columns} FROM measures WHERE request_id = @RequestId OR id = @Id",
                row,
                cancellationToken: token));

            return created.ToMeasure();
        }, cancellationToken);
    }

    public Task<Measure> GetAsync(Guid id, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(
                $"SELECT {Columns} FROM measures WHERE id = @id", new { id }, cancellationToken: token));

            return row?.ToMeasure() ?? throw new EntityNotFoundException("measure", id.ToString());
        }, cancellationToken);

    /// <summary>Measures in creation order (ids are UUIDv7, so time-ordered) after <paramref name="afterId"/>.</summary>
    public Task<IReadOnlyList<Measure>> ListAsync(int limit, Guid? afterId, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Measure>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<MeasureRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM measures
                WHERE @afterId::uuid IS NULL OR id > @afterId
                ORDER BY id
                LIMIT @limit
                """,
                new { afterId, limit },
                cancellationToken: token));

            return [.. rows.Select(row => row.ToMeasure())];
        }, cancellationToken);

    // A class, not a positional record: Npgsql reports text[] as System.Array, which Dapper converts only for properties.
    private sealed class MeasureRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public string Description { get; init; } = "";
        public string Theme { get; init; } = "";
        public string[] AreaCodes { get; init; } = [];
        public Guid LeadPartnerId { get; init; }
        public string Status { get; init; } = "";
        public long Version { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateTime UpdatedAt { get; init; }

        public Measure ToMeasure() => new(
            Id, Title, Description, EnumColumn.Parse<Theme>(Theme), AreaCodes, LeadPartnerId,
            EnumColumn.Parse<MeasureStatus>(Status), Version, CreatedAt, UpdatedAt);
    }
}
