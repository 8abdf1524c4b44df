using Dapper;
using Nplv.Indicators.Domain;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;
using Nplv.Shared.History;

namespace Nplv.Indicators.Data;

public sealed class IndicatorStore(ServiceDatabase database, HistoryLog history)
{
    private const string Columns =
        "code AS Code, name AS Name, definition AS Definition, unit AS Unit, direction AS Direction, theme AS Theme, " +
        "source_dataset AS SourceDataset, source_column AS SourceColumn, aggregation AS Aggregation, version AS Version, " +
        "created_at AS CreatedAt, updated_at AS UpdatedAt";

    /// <summary>
    /// Creates the indicator; a retried create with the same request id returns the first result, while another
    /// indicator with the same code is AlreadyExists.
    /// </summary>
    public Task<Indicator> CreateAsync(Guid? requestId, IndicatorDraft draft, CancellationToken cancellationToken)
    {
        var row = Row(draft, requestId);
        return database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var created = await connection.QuerySingleOrDefaultAsync<IndicatorRow>(new CommandDefinition(
                $"""
                INSERT INTO indicators (code, request_id, name, definition, unit, direction, theme, source_dataset,
                                        source_column, aggregation)
                VALUES (@Code, @RequestId, @Name, @Definition, @Unit, @Direction, @Theme, @SourceDataset,
                        @SourceColumn, @Aggregation)
                ON CONFLICT DO NOTHING
                RETURNING {Columns}
                """,
                row,
                transaction,
                cancellationToken: token));
            if (created is not null)
            {
                var indicator = created.ToIndicator();
                await history.AppendAsync(connection, transaction, HistoryEntry.Created(Key(indicator.Code), indicator), token);
                await transaction.CommitAsync(token);
                return indicator;
            }

            created = await connection.QuerySingleOrDefaultAsync<IndicatorRow>(new CommandDefinition(
                $"SELECT {Columns} FROM indicators WHERE request_id = @RequestId", row, transaction, cancellationToken: token));

            return created switch
            {
                null => throw new EntityAlreadyExistsException("indicator", draft.Code),
                _ when created.Code != draft.Code => throw RequestIds.ReusedFor("indicator", requestId),
                _ => created.ToIndicator(),
            };
        }, cancellationToken);
    }

    /// <summary>Inserts the indicators whose codes are not taken; never changes one that exists.</summary>
    public Task<int> InsertMissingAsync(IReadOnlyList<IndicatorDraft> drafts, CancellationToken cancellationToken)
        => database.ExecuteAsync((connection, token) => connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO indicators (code, name, definition, unit, direction, theme, source_dataset, source_column, aggregation)
            VALUES (@Code, @Name, @Definition, @Unit, @Direction, @Theme, @SourceDataset, @SourceColumn, @Aggregation)
            ON CONFLICT (code) DO NOTHING
            """,
            drafts.Select(draft => Row(draft, requestId: null)),
            cancellationToken: token)), cancellationToken);

    public async Task<Indicator> GetAsync(string code, CancellationToken cancellationToken)
        => (await BatchGetAsync([code], cancellationToken)).SingleOrDefault()
           ?? throw new EntityNotFoundException("indicator", code);

    /// <summary>The indicators with these codes, in the order asked; unknown codes are left out.</summary>
    public Task<IReadOnlyList<Indicator>> BatchGetAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Indicator>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<IndicatorRow>(new CommandDefinition(
                $"SELECT {Columns} FROM indicators WHERE code = ANY(@codes)", new { codes = codes.ToArray() },
                cancellationToken: token));
            var byCode = rows.ToDictionary(row => row.Code);
            return [.. codes.Where(byCode.ContainsKey).Select(code => byCode[code].ToIndicator())];
        }, cancellationToken);

    /// <summary>Replaces the indicator's fields when <paramref name="version"/> is still its version.</summary>
    public Task<Indicator> UpdateAsync(IndicatorDraft draft, long version, CancellationToken cancellationToken)
    {
        var row = Row(draft, requestId: null);
        var parameters = new DynamicParameters(row);
        parameters.Add("version", version);
        return database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var before = await connection.QuerySingleOrDefaultAsync<IndicatorRow>(new CommandDefinition(
                $"SELECT {Columns} FROM indicators WHERE code = @Code AND version = @version FOR UPDATE", parameters, transaction,
                cancellationToken: token));
            var updated = before is null ? null : await connection.QuerySingleOrDefaultAsync<IndicatorRow>(new CommandDefinition(
                $"""
                UPDATE indicators SET name = @Name, definition = @Definition, unit = @Unit, direction = @Direction,
                    theme = @Theme, source_dataset = @SourceDataset, source_column = @SourceColumn,
                    aggregation = @Aggregation, version = version + 1, updated_at = now()
                WHERE code = @Code AND version = @version
                RETURNING {Columns}
                """,
                parameters,
                transaction,
                cancellationToken: token));
            if (updated is not null)
            {
                var indicator = updated.ToIndicator();
                await history.AppendAsync(connection, transaction, HistoryEntry.Updated(Key(indicator.Code), before!.ToIndicator(), indicator), token);
                await transaction.CommitAsync(token);
                return indicator;
            }

            var current = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                "SELECT version FROM indicators WHERE code = @Code", row, transaction, cancellationToken: token));
            throw current is null
                ? new EntityNotFoundException("indicator", draft.Code)
                : new VersionConflictException("indicator", draft.Code, version, current.Value);
        }, cancellationToken);
    }

    /// <summary>Indicators in code order after <paramref name="afterCode"/>, of one theme when given.</summary>
    public Task<IReadOnlyList<Indicator>> ListAsync(string? theme, int limit, string? afterCode, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<Indicator>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<IndicatorRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM indicators
                WHERE (@theme::text IS NULL OR theme = @theme) AND (@afterCode::text IS NULL OR code > @afterCode)
                ORDER BY code
                LIMIT @limit
                """,
                new { theme, afterCode, limit },
                cancellationToken: token));
            return [.. rows.Select(row => row.ToIndicator())];
        }, cancellationToken);

    private static object Row(IndicatorDraft draft, Guid? requestId) => new
    {
        draft.Code,
        RequestId = requestId,
        Name = draft.Name.Trim(),
        Definition = draft.Definition.Trim(),
        Unit = draft.Unit.Trim(),
        Direction = draft.Direction!.Value.ToColumn(),
        draft.Theme,
        SourceDataset = draft.SourceDataset.Trim(),
        SourceColumn = draft.SourceColumn.Trim(),
        Aggregation = draft.Aggregation!.Value.ToColumn(),
    };

    private sealed record IndicatorRow(
        string Code, string Name, string Definition, string Unit, string Direction, string Theme, string SourceDataset,
        string SourceColumn, string Aggregation, long Version, DateTime CreatedAt, DateTime UpdatedAt)
    {
        public Indicator ToIndicator() => new(
            Code, Name, Definition, Unit, EnumColumn.Parse<Direction>(Direction), Theme, SourceDataset, SourceColumn,
            EnumColumn.Parse<Aggregation>(Aggregation), Version, CreatedAt, UpdatedAt);
    }

    /// <summary>The indicator as its history names it; its targets' changes are part of that history.</summary>
    public static RecordKey Key(string code) => new("indicator", code);
}
