using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>
/// The programme office uploads a file of figures and follows it to its end; and loads all of Groningen's areas and
/// RIVM's health figures from StatLine (the suite's stand-in), then reads them on a wijk's page beside the city.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ImportPageTests(SuiteFixture suite, BrowserFixture browser)
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Imports");

    [Fact]
    public async Task TheProgrammeOfficeUploadsAFileAndWatchesItSucceed()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync("/import");
        await Expect(page.GetByTestId("programme-office-only")).ToBeVisibleAsync();

        await MeasureEditingTests.SignInAsync(web, "Petra Bureau");
        await web.GoToAsync("/import");
        await page.GetByTestId("import-format").SelectOptionAsync("long_csv");
        await page.GetByTestId("import-file").SetInputFilesAsync(Path.Combine(Fixtures, "long-observations.csv"));
        await web.ScreenshotAsync("import-form");
        await page.GetByTestId("import-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/import/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("import-state")).ToHaveAttributeAsync("data-state", "succeeded", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("import-rows-read")).Not.ToHaveTextAsync("0");
        await web.ScreenshotAsync("import");

        // Back on the import page, the import is listed first with its outcome, and leads to its record.
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await web.GoToAsync("/import");
        var listed = page.GetByTestId("past-imports-table").Locator("tbody tr").First;
        await Expect(listed).ToHaveAttributeAsync("data-id", id);
        await Expect(listed).ToHaveAttributeAsync("data-state", "succeeded");
        await Expect(listed.GetByTestId("past-import-outcome")).ToContainTextAsync("waarnemingen toegevoegd of gewijzigd");
        await Expect(listed).ToContainTextAsync("long-observations.csv");
        await web.ScreenshotAsync("past-imports");
        await page.GetByTestId("past-imports-state").SelectOptionAsync("failed");
        await Expect(page.Locator($"[data-testid='past-imports'] tr[data-id='{id}']")).ToHaveCountAsync(0);
        await page.GetByTestId("past-imports-state").SelectOptionAsync("");
        await page.Locator($"[data-testid='past-imports'] tr[data-id='{id}'] a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/import/{id}$"));
        await Expect(page.GetByTestId("import-state")).ToHaveAttributeAsync("data-state", "succeeded");
        Assert.Empty(web.PageErrors);
    }

    [Fact]
    public async Task TheProgrammeOfficeLoadsTheCitysAreasAndHealthFiguresFromStatLineAndReadsThemOnAWijksPage()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await MeasureEditingTests.SignInAsync(web, "Petra Bureau");

        // The 2020 division from the table's own region rows: every wijk and buurt of the gemeente, Haren's included.
        await ImportFromStatLineAsync(web, "rivm-50090ned-gebieden@1", "statline-areas");
        await Expect(page.GetByTestId("import-statline-table")).ToContainTextAsync("50090NED");
        await Expect(page.GetByTestId("import-statline-query")).ToContainTextAsync("GM0014");
        var areas = int.Parse(await page.GetByTestId("import-areas-written").InnerTextAsync(), System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))
                    + int.Parse(await page.GetByTestId("import-areas-unchanged").InnerTextAsync(), System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        Assert.True(areas > 100, $"{areas} areas");
        await web.GoToAsync("/wijken");
        await Expect(page.GetByTestId("area-list-WK001413").Locator("a[href='/wijken/BU00141300']")).ToHaveCountAsync(1);

        await ImportFromStatLineAsync(web, "rivm-50090ned-18plus@1", "statline-figures");
        await web.GoToAsync("/wijken/WK001409");
        var figures = page.GetByTestId("indicator-figures-eenzaam-18plus");
        foreach (var year in new[] { 2012, 2016, 2020 })
        {
            await Expect(figures.Locator($"tr[data-area='WK001409'][data-year='{year}']")).ToHaveCountAsync(1);
            await Expect(figures.Locator($"tr[data-area='GM0014'][data-year='{year}']")).ToHaveCountAsync(1);
        }

        await Expect(figures.GetByTestId("figure-source").First).ToContainTextAsync("50090NED");
        await web.ScreenshotAsync("area-statline-figures");

        // Every buurt and wijk of the programme in the 2020 division has its own series beside the city's, each
        // figure with its source (or, where RIVM suppressed it, a row that says so).
        // Programme membership is the buurten's; a programme wijk is the wijk of one of them.
        var programmeBuurten = (await suite.ListAllAsync("/api/v1/areas?level=buurt"))
            .Where(area => area.GetProperty("programmes").GetArrayLength() > 0 && ValidIn(area, 2020))
            .ToList();
        var programmeAreas = programmeBuurten.Select(area => area.GetProperty("parentCode").GetString()!).Distinct()
            .Concat(programmeBuurten.Select(area => area.GetProperty("code").GetString()!))
            .ToList();
        Assert.True(programmeBuurten.Count >= 15 && programmeAreas.Count > programmeBuurten.Count, $"{programmeAreas.Count} programme areas");
        // Every one of them is checked over the route the page reads; a wijk and a buurt of them also in the page.
        foreach (var code in programmeAreas)
        {
            var answer = await suite.GetOkJsonAsync($"/api/v1/indicators/eenzaam-18plus/series?area={code}&area=GM0014");
            foreach (var areaCode in new[] { code, "GM0014" })
            {
                var points = answer.GetProperty("series").EnumerateArray().Single(item => item.GetProperty("areaCode").GetString() == areaCode).GetProperty("points").EnumerateArray().ToList();
                Assert.True(new[] { 2012, 2016, 2020 }.All(year => points.Count(point => point.GetProperty("year").GetInt32() == year) == 1), $"{areaCode} on {code}'s page");
                Assert.All(points, point => Assert.True(
                    point.GetProperty("value").ValueKind == JsonValueKind.Null || point.GetProperty("source").GetString()!.Contains("50090NED"),
                    $"{areaCode} {point}"));
            }
        }

        foreach (var code in new[] { programmeBuurten[0].GetProperty("parentCode").GetString()!, programmeBuurten[^1].GetProperty("code").GetString()! })
        {
            await web.GoToAsync($"/wijken/{code}");
            var series = page.GetByTestId("indicator-figures-eenzaam-18plus");
            foreach (var year in new[] { 2012, 2016, 2020 })
            {
                await Expect(series.Locator($"tr[data-area='{code}'][data-year='{year}']")).ToHaveCountAsync(1);
                await Expect(series.Locator($"tr[data-area='GM0014'][data-year='{year}']")).ToHaveCountAsync(1);
            }

            foreach (var row in await series.Locator($"tr[data-area='{code}']").AllAsync())
            {
                var suppressedHere = await row.GetByTestId("figure-suppressed").CountAsync() > 0;
                if (!suppressedHere) await Expect(row.GetByTestId("figure-source")).ToContainTextAsync("50090NED");
            }
        }

        // UMCG's figures are suppressed by RIVM ('.'): its page says so instead of showing a number.
        await web.GoToAsync("/wijken/BU00140007");
        var suppressed = page.GetByTestId("indicator-figures-eenzaam-18plus").Locator("tr[data-area='BU00140007'][data-year='2012']");
        await Expect(suppressed.GetByTestId("figure-suppressed")).ToBeVisibleAsync();
        Assert.Empty(web.PageErrors);
    }


    private static bool ValidIn(JsonElement area, int year)
        => area.GetProperty("validFromYear").GetInt32() <= year
           && (area.GetProperty("validToYear").ValueKind == JsonValueKind.Null || area.GetProperty("validToYear").GetInt32() >= year);

    private static async Task ImportFromStatLineAsync(WebPage web, string mapping, string screenshot)
    {
        var page = web.Page;
        await web.GoToAsync("/import");
        await page.GetByTestId("import-source-statline").CheckAsync();
        await page.GetByTestId("statline-mapping").SelectOptionAsync(mapping);
        await Expect(page.GetByTestId("statline-table")).ToHaveValueAsync("50090NED");
        await Expect(page.GetByTestId("statline-region")).ToHaveValueAsync("GM0014");
        await web.ScreenshotAsync(screenshot + "-form");
        await page.GetByTestId("statline-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/import/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("import-outcome")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await web.ScreenshotAsync(screenshot);
        Assert.True(await page.GetByTestId("import-state").GetAttributeAsync("data-state") == "succeeded", await page.GetByTestId("import-run").InnerTextAsync());
    }

    [Fact]
    public async Task AFileThatCannotBeReadEndsFailedWithItsErrorsListed()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(broken, "indicator,area,period,value,status\ninwoners,GM0014,2024,veel,definitief\n");
        try
        {
            await using var web = await WebPage.OpenAsync(suite, browser);
            await MeasureEditingTests.SignInAsync(web, "Petra Bureau");
            await web.GoToAsync("/import");
            await web.Page.GetByTestId("import-format").SelectOptionAsync("long_csv");
            await web.Page.GetByTestId("import-file").SetInputFilesAsync(broken);
            await web.Page.GetByTestId("import-submit").ClickAsync();

            await Expect(web.Page.GetByTestId("import-state")).ToHaveAttributeAsync("data-state", "failed", new() { Timeout = 60_000 });
            await Expect(web.Page.GetByTestId("import-errors")).ToContainTextAsync("2");
            await web.ScreenshotAsync("import-failed");
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
