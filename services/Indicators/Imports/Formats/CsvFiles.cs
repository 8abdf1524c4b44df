using CsvHelper;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>What the CSV formats share: how a file is opened, and how its columns are found and read.</summary>
internal static class CsvFiles
{
    /// <summary>A reader over the file: separator detected (comma, semicolon, tab), surrounding spaces trimmed, lines counted.</summary>
    public static CsvReader Open(Stream file)
        => CsvReader.Create(file, new CsvReaderOptions
        {
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
            PoolStrings = true,
        }, leaveOpen: true);

    public static async Task<IReadOnlyList<string>> ReadHeaderAsync(CsvReader csv, CancellationToken cancellationToken)
    {
        try
        {
            await csv.ReadHeaderAsync(cancellationToken);
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(ex);
        }

        return csv.Headers.Count > 0
            ? csv.Headers
            : throw new ImportFileException("malformed", "the file is empty: it has no header line", 1);
    }

    /// <summary>The next record, or false at the end; a broken line becomes an <see cref="ImportFileException"/>.</summary>
    public static async ValueTask<bool> ReadAsync(CsvReader csv, CancellationToken cancellationToken)
    {
        try
        {
            return await csv.ReadAsync(cancellationToken);
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(ex);
        }
    }

    public static int RequiredColumn(IReadOnlyList<string> headers, string name)
        => OptionalColumn(headers, name)
           ?? throw new ImportFileException("malformed", $"the header has no column '{name}'", 1, name);

    public static int? OptionalColumn(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The field's text, or null when it is empty.</summary>
    public static string? TextOrNull(CsvReader csv, int index)
    {
        var text = csv.GetString(index);
        return text.Length == 0 ? null : text;
    }

    private static ImportFileException Malformed(CsvFormatException ex)
        => new("malformed", "the line cannot be read as CSV: " + ex.Message, ex.LineNumber);
}
