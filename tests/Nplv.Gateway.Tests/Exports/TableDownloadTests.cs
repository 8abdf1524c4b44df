using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nplv.Gateway.Exports;

namespace Nplv.Gateway.Tests.Exports;

public sealed class TableDownloadTests
{
    private static readonly ExportTable<int> Numbers = new("numbers", "getallen", [new("n", "Getal", n => n)]);

    [Fact]
    public async Task AFullSheetDownloadsAndOneRowMoreIsA400NamingTheFormat()
    {
        var full = await DownloadAsync(XlsxTableWriter.MaxSheetRows - 1);
        var tooLong = await DownloadAsync(XlsxTableWriter.MaxSheetRows);

        Assert.Equal(StatusCodes.Status200OK, full.Response.StatusCode);
        Assert.StartsWith("attachment", full.Response.Headers.ContentDisposition.ToString());
        // The sheet's end, read from the zip without loading a million rows into the SDK's object model.
        using (var zip = new ZipArchive(full.Body, ZipArchiveMode.Read))
        {
            using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var xml = await sheet.ReadToEndAsync();
            Assert.EndsWith($"<x:autoFilter ref=\"A1:A{XlsxTableWriter.MaxSheetRows}\" /></x:worksheet>", xml);
        }

        Assert.Equal(StatusCodes.Status400BadRequest, tooLong.Response.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Response.ContentType);
        Assert.Empty(tooLong.Response.Headers.ContentDisposition.ToString());
        var problem = await JsonDocument.ParseAsync(tooLong.Body);
        var format = problem.RootElement.GetProperty("errors").GetProperty("format")[0].GetString();
        Assert.Contains("1,048,575 rows", format);
    }

    private static async Task<(HttpResponse Response, MemoryStream Body)> DownloadAsync(int rows)
    {
        var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = body;
        await TableDownload.Of(Numbers, TableRows.Of(Enumerable.Range(1, rows)), new TableRequest(ExportFormat.Xlsx, ExportLanguage.English))
            .ExecuteAsync(context);
        body.Position = 0;
        return (context.Response, body);
    }
}
