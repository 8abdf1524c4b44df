using System.Text.Json;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// A CBS OData v3 TypedDataSet page: one record per area (and value of each other dimension) with one property per
/// column (<c>{"ID": 0, "WijkenEnBuurten": "WK001400  ", "AantalInwoners_5": 4380, ...}</c>). Every property but the
/// row number, the area, the period and the chosen dimensions becomes a cell.
/// </summary>
public sealed class CbsODataV3Reader : ISourceReader
{
    public IAsyncEnumerable<SourceRecord> ReadAsync(Stream file, SourceReaderOptions options, CancellationToken cancellationToken)
        => ODataPages.ReadAsync(file, options, Record, cancellationToken);

    /// <summary>One page of a table read from StatLine, its records numbered on from <paramref name="before"/>.</summary>
    public static IAsyncEnumerable<SourceRecord> ReadPageAsync(
        Stream page, SourceReaderOptions options, long before, ODataNextLink link, CancellationToken cancellationToken)
        => ODataPages.ReadPageAsync(page, options, Record, before, link, cancellationToken);

    private static SourceRecord Record(JsonElement row, long line, SourceReaderOptions options)
    {
        var record = new WideRecordBuilder(options);
        foreach (var property in row.EnumerateObject())
        {
            record.Add(property.Name, ODataPages.Text(property.Value, line, property.Name));
        }

        return record.Build(line);
    }
}
