namespace Nplv.Gateway.Exports;

/// <summary>
/// One column of a downloadable table: its header in the API's spelling (the JSON field it comes from, dotted for
/// nested ones) and in Dutch, and its value. A column of codes names their Dutch labels, which the Dutch download shows.
/// </summary>
public sealed record ExportColumn<T>(string Name, string DutchName, Func<T, object?> Value, IReadOnlyDictionary<string, string>? DutchLabels = null)
{
    public object? ValueIn(T row, ExportLanguage language)
    {
        var value = Value(row);
        return language == ExportLanguage.Dutch && DutchLabels is not null && value is string code && DutchLabels.TryGetValue(code, out var label)
            ? label
            : value;
    }
}

/// <summary>A table as it is downloaded: the file's name in either language and the columns in their order.</summary>
public sealed record ExportTable<T>(string FileName, string DutchFileName, IReadOnlyList<ExportColumn<T>> Columns)
{
    public IEnumerable<string> Headers(ExportLanguage language)
        => Columns.Select(column => language == ExportLanguage.Dutch ? column.DutchName : column.Name);

    public IEnumerable<object?> Values(T row, ExportLanguage language) => Columns.Select(column => column.ValueIn(row, language));

    public string FileNameIn(ExportLanguage language) => language == ExportLanguage.Dutch ? DutchFileName : FileName;
}
