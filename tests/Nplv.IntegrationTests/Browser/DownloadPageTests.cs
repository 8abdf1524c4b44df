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

    [Fact]
    public async Task EveryFigureOfEveryIndicatorDownloadsAsCsvFromTheIndicatorsPage()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync("/indicatoren");
        await Expect(page.GetByTestId("observations-download")).ToBeVisibleAsync();
        var city = (await suite.GetOkJsonAsync("/api/v1/observations?indicator=geregistreerde-werkzoekenden&area=GM0014")).EnumerateArray()
            .Select(o => o.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(city);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("observations-download-csv").ClickAsync());
        Assert.Matches(@"^waarnemingen-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var table = Downloads.Read(await File.ReadAllBytesAsync((await download.PathAsync())!), download.SuggestedFilename);
        Assert.Equal(["Indicator", "Gebiedscode", "Jaar", "Waarde", "Status", "Bron"], table.Headers);
        Assert.True(table.Rows.Select(row => row["Indicator"]).Distinct().Count() > 1);
        Assert.Equal(city, table.Rows.Where(row => row["Indicator"] == "geregistreerde-werkzoekenden" && row["Gebiedscode"] == "GM0014").Select(row => row["Jaar"]));

        Assert.Empty(web.PageErrors);
    }
}
