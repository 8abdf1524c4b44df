using System.Text;
using CsvHelper;
using Nplv.Gateway.Exports;

namespace Nplv.Gateway.Tests.Exports;

public sealed class CsvTableWriterTests
{
    [Fact]
    public async Task TheEnglishFormHasTheJsonNamesCodesAndInvariantNumbersAndReadsBackAsWritten()
    {
        var bytes = await WriteAsync(ExportLanguage.English);
        Assert.NotEqual(0xEF, bytes[0]);
        var rows = Read(bytes, ',');

        Assert.Equal(["title", "status", "value", "euros", "count", "done", "due", "updatedAt"], rows[0]);
        Assert.Equal(["Taalhuis Noord", "lopend", "12.5", "1234.56", "3", "true", "2026-03-01", "2026-07-01T10:30:00Z"], rows[1]);
        Assert.Equal(["Quote \" and; comma, and\nnew line", "gestopt", "", "0", "0", "false", "", "2026-01-15T23:05:00Z"], rows[2]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task TheDutchFormHasABomSemicolonsDecimalCommasDutchLabelsAndDutchTime()
    {
        var bytes = await WriteAsync(ExportLanguage.Dutch);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Read(bytes, ';');

        Assert.Equal(["Titel", "Status", "Waarde", "Bedrag (euro)", "Aantal", "Klaar", "Datum", "Bijgewerkt"], rows[0]);
        // 10:30 UTC on 1 July is 12:30 in summer time; a code without a label stays as it is.
        Assert.Equal(["Taalhuis Noord", "Lopend", "12,5", "1234,56", "3", "ja", "2026-03-01", "2026-07-01 12:30"], rows[1]);
        Assert.Equal("gestopt", rows[2][1]);
        Assert.Equal("2026-01-16 00:05", rows[2][7]);
        Assert.Equal("-3,25", rows[3][2]);
    }

    [Fact]
    public async Task ATextASpreadsheetWouldRunAsAFormulaIsKeptTextButANegativeNumberIsNot()
    {
        var rows = Read(await WriteAsync(ExportLanguage.English), ',');
        Assert.Equal("'=HYPERLINK(\"http://evil\")", rows[3][0]);
        Assert.Equal("-3.25", rows[3][2]);
        Assert.Equal("-1", rows[3][3]);
    }

    [Fact]
    public async Task ALongTableIsWrittenRowByRowWithoutHoldingIt()
    {
        using var output = new MemoryStream();
        await CsvTableWriter.WriteAsync(output, SampleTable.Definition, ManyRows(50_000), ExportLanguage.English, CancellationToken.None);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(50_001, lines.Length);
        Assert.StartsWith("row 49999,", lines[^1]);
    }

    private static async IAsyncEnumerable<SampleRow> ManyRows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 10_000 == 0) await Task.Yield();
            yield return SampleTable.Rows[0] with { Title = $"row {i}" };
        }
    }

    private static async Task<byte[]> WriteAsync(ExportLanguage language)
    {
        using var output = new MemoryStream();
        await CsvTableWriter.WriteAsync(output, SampleTable.Definition, TableRows.Of(SampleTable.Rows), language, CancellationToken.None);
        return output.ToArray();
    }

    private static List<string[]> Read(byte[] bytes, char separator)
    {
        using var csv = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { Separator = separator, HasHeader = false }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return rows;
    }
}
