using Dapper;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Imports.Data;

/// <summary>What an import may name: read once when the import is planned, so no row is looked up on its own.</summary>
public sealed class ImportReferenceStore(ServiceDatabase database)
{
    /// <summary>Every indicator with its unit and every area with the years its code is valid.</summary>
    public Task<ImportReferences> ReadAsync(CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var indicators = await connection.QueryAsync<(string Code, string Unit)>(new CommandDefinition(
                "SELECT code, unit FROM indicators", cancellationToken: token));
            var areas = await connection.QueryAsync<(string Code, int From, int? To)>(new CommandDefinition(
                "SELECT code, valid_from_year, valid_to_year FROM areas", cancellationToken: token));
            return new ImportReferences(
                indicators.ToDictionary(i => i.Code, i => i.Unit, StringComparer.Ordinal),
                areas.ToDictionary(a => a.Code, a => (a.From, a.To), StringComparer.Ordinal));
        }, cancellationToken);
}
