using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>What the CBS OData readers share: how a record's fields are read and how a partial page is reported.</summary>
internal static class ODataPages
{
    public const string DefaultAreaColumn = "WijkenEnBuurten";
    public const string DefaultPeriodColumn = "Perioden";

    /// <summary>The page's records, one element of its <c>value</c> array at a time, each made by <paramref name="record"/>.</summary>
    public static async IAsyncEnumerable<SourceRecord> ReadAsync(
        Stream file,
        SourceReaderOptions options,
        Func<JsonElement, long, SourceReaderOptions, SourceRecord> record,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var page = new JsonRecordStream(file);
        while (await page.ReadElementAsync(cancellationToken) is { } element)
        {
            using (element)
            {
                yield return record(element.RootElement, page.ElementNumber, options);
            }
        }

        WarnWhenPartial(page, options);
    }

    /// <summary>A field's text as the file writes it: a number's JSON text, a string as is, null for null.</summary>
    public static string? Text(JsonElement value, long line, string field) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => throw new ImportFileException("malformed", $"record {line} holds an object or array in '{field}'", line, field),
    };

    public static string RequireArea(string? area, string column, long line)
        => area ?? throw new ImportFileException("malformed", $"record {line} has no area code in '{column}'", line, column);

    /// <summary>A period column the mapping names must be in every record; the default one may be absent.</summary>
    public static string? CheckPeriod(string? period, bool found, SourceReaderOptions options, long line)
        => found || options.PeriodColumn is null
            ? period
            : throw new ImportFileException("malformed", $"record {line} has no '{options.PeriodColumn}'", line, options.PeriodColumn);

    private static void WarnWhenPartial(JsonRecordStream page, SourceReaderOptions options)
    {
        if (page.NextLink is { } link)
        {
            options.Warn(new ImportIssue(
                "more_pages", $"CBS serves this table in pages and this file is one page; the rest is at {link}", Field: "odata.nextLink"));
        }
    }
}
