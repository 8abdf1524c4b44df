namespace Nplv.Indicators.Imports.StatLine;

/// <summary>What an import read from StatLine, kept in its record: which table, as modified when, by which query.</summary>
/// <param name="Query">The first page's address, with the filters as sent.</param>
public sealed record StatLineRead(
    string Table, StatLineCatalog Catalog, string Title, DateTimeOffset? TableModified, string Query, int Pages);
