using System.Text;
using System.Text.RegularExpressions;

namespace Nplv.Indicators.Imports.StatLine;

/// <summary>
/// A table to read from StatLine for one gemeente: its catalogue and identifier, and the filter StatLine applies on
/// its side (the gemeente, its wijken and buurten; one value of each other dimension the mapping chooses).
/// </summary>
/// <param name="Region">A gemeente code, <c>GM0014</c>.</param>
public sealed partial record StatLineTable(StatLineCatalog Catalog, string Table, string Region, IReadOnlyDictionary<string, string> Dimensions)
{
    public const string AreaDimension = "WijkenEnBuurten";

    /// <summary>A StatLine table identifier such as <c>50090NED</c> or <c>85984NED</c>.</summary>
    public static bool IsTableId(string? table) => table is not null && TableId().IsMatch(table);

    [GeneratedRegex("^[0-9A-Za-z]{5,12}$")]
    private static partial Regex TableId();

    /// <summary>The OData <c>$filter</c>: the region's codes, and the chosen dimension values.</summary>
    public string Filter
    {
        get
        {
            // GM0014 has wijken WK0014xx and buurten BU0014xxxx. v3 keys are padded with spaces, so they are matched
            // from their start; the reader checks every value again after trimming.
            var number = Region[2..];
            var filter = new StringBuilder($"(startswith({AreaDimension},'GM{number}') or startswith({AreaDimension},'WK{number}') " +
                                           $"or startswith({AreaDimension},'BU{number}'))");
            foreach (var (dimension, value) in Dimensions.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                filter.Append(Catalog == StatLineCatalog.CbsV4 ? $" and {dimension} eq '{value}'" : $" and startswith({dimension},'{value}')");
            }

            return filter.ToString();
        }
    }

    /// <summary>The filter of the region alone, for the area dimension's own list of codes and titles.</summary>
    public string AreaFilter
    {
        get
        {
            var key = Catalog == StatLineCatalog.CbsV4 ? "Identifier" : "Key";
            var number = Region[2..];
            return $"startswith({key},'GM{number}') or startswith({key},'WK{number}') or startswith({key},'BU{number}')";
        }
    }

    /// <summary>The figures: v3 TypedDataSet, v4 Observations.</summary>
    public string RowsPath => Catalog == StatLineCatalog.CbsV4 ? "Observations" : "TypedDataSet";

    /// <summary>What the table says of its columns: v3 DataProperties, v4 MeasureCodes.</summary>
    public string MetadataPath => Catalog == StatLineCatalog.CbsV4 ? "MeasureCodes" : "DataProperties";

    /// <summary>The codes and titles of the table's areas: v3 the dimension itself, v4 its codes.</summary>
    public string AreasPath => Catalog == StatLineCatalog.CbsV4 ? AreaDimension + "Codes" : AreaDimension;

    /// <summary>The table's title and modification date: v3 TableInfos, v4 Properties.</summary>
    public string InfoPath => Catalog == StatLineCatalog.CbsV4 ? "Properties" : "TableInfos";
}
