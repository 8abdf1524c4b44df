using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>A reader of the dashboard downloads a table it shows, as CSV and as Excel, with Dutch headers.</summary>
[Collection(SuiteCollection.Name)]
public sealed class DownloadPageTests(SuiteFixture suite, BrowserFixture browser)
{
    [Fact]
    public async Task TheMeasuresOfAThemeDownloadAsCsvAndExcelWithTheRowsTheApiGives()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync("/maatregelen?thema=werk");
        await Expect(page.GetByTestId("table-download")).ToBeVisibleAsync();
        await web.ScreenshotAsync("measures-download");
        var expected = (await suite.ListAllAsync("/api/v1/measures?theme=werk")).Select(m => m.GetProperty("id").GetString()).ToList();

        foreach (var (button, extension) in new[] { ("table-download-csv", ".csv"), ("table-download-xlsx", ".xlsx") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(button).ClickAsync());
            Assert.Matches($@"^maatregelen-\d{{4}}-\d{{2}}-\d{{2}}\{extension}$", download.SuggestedFilename);
            var table = Downloads.Read(await File.ReadAllBytesAsync((await download.PathAsync())!), download.SuggestedFilename);
            Assert.Contains("Titel", table.Headers);
            Assert.Equal(expected, table.Rows.Select(row => row["Id"]));
            Assert.All(table.Rows, row => Assert.Equal("Werk", row["Thema"]));
        }

        Assert.Empty(web.PageErrors);
    }
}
