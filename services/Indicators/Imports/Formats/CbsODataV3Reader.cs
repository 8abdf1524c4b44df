using System.Text.Json;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// A CBS OData v3 TypedDataSet page: one record per area with one property per column
/// (<c>{"ID": 0, "WijkenEnBuurten": "WK001400  ", "AantalInwoners_5": 4380, ...}</c>). Every property but the
/// row number, the area and the period becomes a cell.
/// </summary>
public sealed class CbsODataV3Reader : ISourceReader
{
    public IAsyncEnumerable<SourceRecord> ReadAsync(Stream file, SourceReaderOptions options, CancellationToken cancellationToken)
        => ODataPages.ReadAsync(file, options, Record, cancellationToken);

    private static SourceRecord Record(JsonElement row, long line, SourceReaderOptions options)
    {
        var areaColumn = options.AreaColumn ?? ODataPages.DefaultAreaColumn;
        var periodColumn = options.PeriodColumn ?? ODataPages.DefaultPeriodColumn;
        string? area = null;
        string? period = null;
        var hasPeriod = false;
        var cells = new List<SourceCell>();
        foreach (var property in row.EnumerateObject())
        {
            if (property.NameEquals("ID"))
            {
                continue;
            }

            var text = ODataPages.Text(property.Value, line, property.Name);
            if (property.NameEquals(areaColumn))
            {
                area = text;
            }
            else if (property.NameEquals(periodColumn))
            {
                (period, hasPeriod) = (text, true);
            }
            else
            {
                cells.Add(new SourceCell(property.Name, text));
            }
        }

        return new SourceRecord(
            line, ODataPages.RequireArea(area, areaColumn, line), ODataPages.CheckPeriod(period, hasPeriod, options, line), cells);
    }
}
