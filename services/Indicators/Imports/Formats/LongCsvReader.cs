using System.Runtime.CompilerServices;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// A CSV with one observation per line: <c>indicator, area, period, value, status</c> and optionally <c>source</c>.
/// The indicator column becomes the cell's column key, so a mapping may rename or scale it like any other column.
/// </summary>
public sealed class LongCsvReader : ISourceReader
{
    public async IAsyncEnumerable<SourceRecord> ReadAsync(
        Stream file, SourceReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var csv = CsvFiles.Open(file);
        var headers = await CsvFiles.ReadHeaderAsync(csv, cancellationToken);
        var indicator = CsvFiles.RequiredColumn(headers, "indicator");
        var area = CsvFiles.RequiredColumn(headers, options.AreaColumn ?? "area");
        var period = CsvFiles.RequiredColumn(headers, options.PeriodColumn ?? "period");
        var value = CsvFiles.RequiredColumn(headers, "value");
        var status = CsvFiles.OptionalColumn(headers, "status");
        var source = CsvFiles.OptionalColumn(headers, "source");

        while (await CsvFiles.ReadAsync(csv, cancellationToken))
        {
            yield return new SourceRecord(
                csv.LineNumber,
                csv.GetString(area),
                csv.GetString(period),
                [new SourceCell(csv.GetString(indicator), CsvFiles.TextOrNull(csv, value))],
                status is { } s ? CsvFiles.TextOrNull(csv, s) : null,
                source is { } c ? CsvFiles.TextOrNull(csv, c) : null);
        }
    }
}
