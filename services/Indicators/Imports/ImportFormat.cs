namespace Nplv.Indicators.Imports;

/// <summary>The file formats an import reads.</summary>
public enum ImportFormat
{
    /// <summary>CBS OData v3 TypedDataSet JSON: one row per area, one column per measure.</summary>
    CbsODataV3,

    /// <summary>CBS OData v4 Observations JSON: one row per area, measure and period.</summary>
    CbsODataV4,

    /// <summary>Leefbaarometer open data CSV: lbm, afw, fys, onv, soc, vrz, won keyed by bu_code, wk_code or gm_code.</summary>
    LeefbaarometerCsv,

    /// <summary>CSV with the columns indicator, area, period, value, status and optionally source.</summary>
    LongCsv,

    /// <summary>StatLine's CSV download: a TypedDataSet's columns, ';', every field quoted and padded, '.' when suppressed.</summary>
    StatLineCsv,
}

public static class ImportFormatNames
{
    private static readonly Dictionary<ImportFormat, string> Names = new()
    {
        [ImportFormat.CbsODataV3] = "cbs-odata-v3",
        [ImportFormat.CbsODataV4] = "cbs-odata-v4",
        [ImportFormat.LeefbaarometerCsv] = "leefbaarometer-csv",
        [ImportFormat.LongCsv] = "long-csv",
        [ImportFormat.StatLineCsv] = "statline-csv",
    };

    /// <summary>The format's name in mapping documents and in the imports table, e.g. <c>cbs-odata-v3</c>.</summary>
    public static string Name(this ImportFormat format) => Names[format];

    public static ImportFormat? Parse(string? name)
        => Names.FirstOrDefault(pair => pair.Value == name) is { Value: not null } pair ? pair.Key : null;

    public static IEnumerable<string> All => Names.Values;

    /// <summary>CBS marks suppressed cells with negative numbers; their tables hold no other negatives unless a mapping says so.</summary>
    public static bool IsCbs(this ImportFormat format)
        => format is ImportFormat.CbsODataV3 or ImportFormat.CbsODataV4 or ImportFormat.StatLineCsv;

    /// <summary>
    /// Whether a mapping made for <paramref name="mapping"/> files reads <paramref name="file"/> files: StatLine's CSV
    /// download has the columns of the table's TypedDataSet, so one mapping serves both.
    /// </summary>
    public static bool Reads(this ImportFormat mapping, ImportFormat file)
        => mapping == file || (mapping, file) is (ImportFormat.CbsODataV3, ImportFormat.StatLineCsv) or (ImportFormat.StatLineCsv, ImportFormat.CbsODataV3);
}
