using System.Runtime.CompilerServices;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// Leefbaarometer open data: one line per area, keyed by <c>bu_code</c>, <c>wk_code</c> or <c>gm_code</c>, with an
/// optional year (<c>jaar</c>) and the scores (<c>lbm, afw, fys, onv, soc, vrz, won</c>). Every column but the key,
/// the year and the area names becomes a cell, so a newer file's extra columns reach the mapping too.
/// </summary>
public sealed class LeefbaarometerCsvReader : ISourceReader
{
    private static readonly string[] KeyColumns = ["bu_code", "wk_code", "gm_code"];
    private static readonly HashSet<string> NameColumns = new(["bu_naam", "wk_naam", "gm_naam"], StringComparer.OrdinalIgnoreCase);

    public async IAsyncEnumerable<SourceRecord> ReadAsync(
        Stream file, SourceReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var csv = CsvFiles.Open(file);
        var headers = await CsvFiles.ReadHeaderAsync(csv, cancellationToken);
        var area = options.AreaColumn is { } areaColumn ? CsvFiles.RequiredColumn(headers, areaColumn) : KeyColumn(headers);
        var period = options.PeriodColumn is { } periodColumn
            ? CsvFiles.RequiredColumn(headers, periodColumn)
            : CsvFiles.OptionalColumn(headers, "jaar");
        var figures = Enumerable.Range(0, headers.Count)
            .Where(i => i != area && i != period && !NameColumns.Contains(headers[i].Trim()))
            .Select(i => (Index: i, Column: headers[i].Trim()))
            .ToArray();

        // Files written with ';' between fields are Dutch spreadsheet exports, which write 4,12 for 4.12.
        var decimalComma = csv.Separator == ';';
        while (await CsvFiles.ReadAsync(csv, cancellationToken))
        {
            var cells = new SourceCell[figures.Length];
            for (var i = 0; i < figures.Length; i++)
            {
                var text = CsvFiles.TextOrNull(csv, figures[i].Index);
                cells[i] = new SourceCell(figures[i].Column, decimalComma ? text?.Replace(',', '.') : text);
            }

            yield return new SourceRecord(
                csv.LineNumber, csv.GetString(area), period is { } p ? CsvFiles.TextOrNull(csv, p) : null, cells);
        }
    }

    private static int KeyColumn(IReadOnlyList<string> headers)
        => KeyColumns.Select(name => CsvFiles.OptionalColumn(headers, name)).FirstOrDefault(index => index is not null)
           ?? throw new ImportFileException(
               "malformed", "the header has no area code column: expected one of " + string.Join(", ", KeyColumns), 1,
               string.Join(",", KeyColumns));
}
