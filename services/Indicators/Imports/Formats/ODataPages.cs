using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>What the CBS OData readers share: how a record's fields are read and how a partial page is reported.</summary>
internal static class ODataPages
{
    public const string DefaultAreaColumn = "WijkenEnBuurten";
    public const string DefaultPeriodColumn = "Perioden";

    /// <summary>
    /// A file's records, one element of its <c>value</c> array at a time, each made by <paramref name="record"/>; a
    /// file that is one page of several says so in a warning.
    /// </summary>
    public static async IAsyncEnumerable<SourceRecord> ReadAsync(
        Stream file,
        SourceReaderOptions options,
        Func<JsonElement, long, SourceReaderOptions, SourceRecord> record,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var link = new ODataNextLink();
        await foreach (var read in ReadPageAsync(file, options, record, 0, link, cancellationToken))
        {
            yield return read;
        }

        if (link.Next is { } next)
        {
            options.Warn(new ImportIssue(
                "more_pages", $"CBS serves this table in pages and this file is one page; the rest is at {next}", Field: "odata.nextLink"));
        }
    }

    /// <summary>
    /// One page's records, numbered on from <paramref name="before"/> records of the pages before it; its
    /// <c>odata.nextLink</c> (v3) or <c>@odata.nextLink</c> (v4) is left in <paramref name="link"/>.
    /// </summary>
    public static async IAsyncEnumerable<SourceRecord> ReadPageAsync(
        Stream page,
        SourceReaderOptions options,
        Func<JsonElement, long, SourceReaderOptions, SourceRecord> record,
        long before,
        ODataNextLink link,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var elements = new JsonRecordStream(page);
        while (await elements.ReadElementAsync(cancellationToken) is { } element)
        {
            using (element)
            {
                yield return record(element.RootElement, before + elements.ElementNumber, options);
            }
        }

        link.Next = elements.NextLink;
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
}

/// <summary>Where the next page of a table is, once a page has been read to its end; null after the last.</summary>
public sealed class ODataNextLink
{
    public string? Next { get; set; }
}
