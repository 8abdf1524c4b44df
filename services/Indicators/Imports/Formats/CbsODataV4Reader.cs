using System.Text.Json;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// A CBS OData v4 Observations page: one record per area, measure (and period) with its value
/// (<c>{"Id": 0, "Measure": "M000297", "ValueAttribute": "None", "Value": 2305.0, "WijkenEnBuurten": "BU00140000"}</c>).
/// The measure code becomes the cell's column; a <c>ValueAttribute</c> other than <c>None</c> marks it suppressed. A
/// table's other dimensions are properties of the same kind (<c>"Leeftijd": "20300"</c>).
/// </summary>
public sealed class CbsODataV4Reader : ISourceReader
{
    public IAsyncEnumerable<SourceRecord> ReadAsync(Stream file, SourceReaderOptions options, CancellationToken cancellationToken)
        => ODataPages.ReadAsync(file, options, Record, cancellationToken);

    /// <summary>One page of a table read from StatLine, its records numbered on from <paramref name="before"/>.</summary>
    public static IAsyncEnumerable<SourceRecord> ReadPageAsync(
        Stream page, SourceReaderOptions options, long before, ODataNextLink link, CancellationToken cancellationToken)
        => ODataPages.ReadPageAsync(page, options, Record, before, link, cancellationToken);

    private static SourceRecord Record(JsonElement observation, long line, SourceReaderOptions options)
    {
        var areaColumn = options.AreaColumn ?? ODataPages.DefaultAreaColumn;
        var periodColumn = options.PeriodColumn ?? ODataPages.DefaultPeriodColumn;
        string? area = null, period = null, measure = null, value = null, stringValue = null, attribute = null;
        var hasPeriod = false;
        string?[]? dimensions = options.Dimensions.Count > 0 ? new string?[options.Dimensions.Count] : null;
        foreach (var property in observation.EnumerateObject())
        {
            if (property.NameEquals("Id"))
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
            else if (property.NameEquals("Measure"))
            {
                measure = text;
            }
            else if (property.NameEquals("Value"))
            {
                value = text;
            }
            else if (property.NameEquals("StringValue"))
            {
                stringValue = text;
            }
            else if (property.NameEquals("ValueAttribute"))
            {
                attribute = text;
            }
            else if (dimensions is not null && options.DimensionIndex(property.Name) is >= 0 and var index)
            {
                dimensions[index] = text;
            }
        }

        if (string.IsNullOrEmpty(measure))
        {
            throw new ImportFileException("malformed", $"record {line} has no 'Measure'", line, "Measure");
        }

        var suppressed = attribute is not null && attribute != "None";
        return new SourceRecord(
            line, ODataPages.RequireArea(area, areaColumn, line), ODataPages.CheckPeriod(period, hasPeriod, options, line),
            [new SourceCell(measure, value ?? stringValue, suppressed)], Dimensions: dimensions);
    }
}
