using CsvHelper;

namespace Nplv.Gateway.Exports;

/// <summary>
/// Writes a table as RFC 4180 CSV with CsvHelper, straight into the response, so memory stays flat however long the
/// table. The Dutch form has the byte order mark, semicolons and decimal commas a Dutch spreadsheet expects. A text a
/// spreadsheet would run as a formula (OWASP's CSV injection: a leading = + - @, tab or carriage return) is escaped by
/// CsvHelper with a leading apostrophe; numbers are written by us, so a negative figure stays a number.
/// </summary>
public static class CsvTableWriter
{
    private const int RowsPerFlush = 1_000;

    public static async Task WriteAsync<T>(Stream output, ExportTable<T> table, IAsyncEnumerable<T> rows, ExportLanguage language, CancellationToken cancellationToken)
    {
        var options = new CsvWriterOptions
        {
            Separator = language == ExportLanguage.Dutch ? ';' : ',',
            NewLine = "\r\n",
            WriteByteOrderMark = language == ExportLanguage.Dutch,
            FormatProvider = ExportValues.Culture(language),
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader([.. table.Headers(language)]);

        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var value in table.Values(row, language))
            {
                WriteField(csv, value, language);
            }

            await csv.EndRecordAsync(cancellationToken);
            if (++written % RowsPerFlush == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteField(CsvWriter csv, object? value, ExportLanguage language)
    {
        switch (value)
        {
            case double number:
                csv.WriteField(number, ExportValues.DecimalFormat);
                break;
            case decimal amount:
                csv.WriteField(amount, ExportValues.MoneyFormat);
                break;
            case int or long:
                csv.WriteField(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), "");
                break;
            default:
                csv.WriteField(ExportValues.Text(value, language));
                break;
        }
    }
}
