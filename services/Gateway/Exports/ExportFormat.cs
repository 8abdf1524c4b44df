namespace Nplv.Gateway.Exports;

/// <summary>The forms a table can be read in: the API's JSON, or a download as CSV or as an Excel workbook.</summary>
public enum ExportFormat
{
    Json,
    Csv,
    Xlsx,
}

public static class ExportFormats
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => CsvContentType + "; charset=utf-8",
        ExportFormat.Xlsx => XlsxContentType,
        _ => "application/json",
    };

    public static string Extension(this ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    public static bool TryParse(string value, out ExportFormat format)
    {
        format = value.ToLowerInvariant() switch
        {
            "json" => ExportFormat.Json,
            "csv" => ExportFormat.Csv,
            "xlsx" => ExportFormat.Xlsx,
            _ => (ExportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>The format an Accept header asks for first, by its quality; JSON when it names neither table type.</summary>
    public static ExportFormat FromAccept(IList<Microsoft.Net.Http.Headers.MediaTypeHeaderValue> accepted)
    {
        foreach (var media in accepted.OrderByDescending(media => media.Quality ?? 1))
        {
            if (media.MediaType.Equals(CsvContentType, StringComparison.OrdinalIgnoreCase)) return ExportFormat.Csv;
            if (media.MediaType.Equals(XlsxContentType, StringComparison.OrdinalIgnoreCase)) return ExportFormat.Xlsx;
            if (media.MatchesAllTypes || media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return ExportFormat.Json;
        }

        return ExportFormat.Json;
    }
}
