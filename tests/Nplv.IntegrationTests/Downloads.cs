using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Nplv.IntegrationTests;

/// <summary>
/// A table downloaded from the gateway and read back with the libraries a user's tools would use (CsvHelper for CSV,
/// the Open XML SDK for XLSX): each row as its header's values, every value as the text the file holds.
/// </summary>
public sealed record DownloadedTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, string FileName)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

public static class Downloads
{
    public static async Task<DownloadedTable> DownloadAsync(this SuiteFixture suite, string path, string? token = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        using var response = await suite.Gateway.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes)}");
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        var fileName = disposition!.FileNameStar ?? disposition.FileName!.Trim('"');
        var mediaType = response.Content.Headers.ContentType!.MediaType;
        Assert.True(mediaType is "text/csv" or DownloadedTable.XlsxType, $"GET {path} answered {mediaType}");
        return Read(bytes, fileName);
    }

    /// <summary>A downloaded file, read by its name's extension.</summary>
    public static DownloadedTable Read(byte[] bytes, string fileName)
        => fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? ReadXlsx(bytes, fileName) : ReadCsv(bytes, fileName);

    private static DownloadedTable ReadCsv(byte[] bytes, string fileName)
    {
        // The Dutch form is separated by semicolons, the English by commas; CsvHelper detects which.
        using var csv = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { Separator = null, DetectSeparatorHint = true, HasHeader = true }, leaveOpen: false);
        csv.ReadHeader();
        var headers = csv.Headers.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(headers.Select((header, i) => (header, value: csv.GetString(i))).ToDictionary(cell => cell.header, cell => cell.value));
        }

        return new DownloadedTable(headers, rows, fileName);
    }

    private static DownloadedTable ReadXlsx(byte[] bytes, string fileName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var lines = sheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(Text).ToList()).ToList();
        var headers = lines[0];
        var rows = lines.Skip(1)
            .Select(line => (IReadOnlyDictionary<string, string>)headers.Select((header, i) => (header, value: i < line.Count ? line[i] : "")).ToDictionary(cell => cell.header, cell => cell.value))
            .ToList();
        return new DownloadedTable(headers, rows, fileName);
    }

    /// <summary>A cell as text: a number as the invariant number, a boolean as true or false.</summary>
    private static string Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.Text?.Text ?? "";
        if (cell.DataType?.Value == CellValues.Boolean) return cell.CellValue?.Text == "1" ? "true" : "false";
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>A text as a CSV download holds it: one a spreadsheet would run as a formula starts with an apostrophe.</summary>
    public static string AsCsvText(string text) => text.Length > 0 && "=+-@\t".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    /// <summary>A number as the file and the JSON both write it, for comparing the two.</summary>
    public static string Number(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
