using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>
/// The maps as a reader uses them: an indicator's buurten coloured by class over the years, the table beside the map
/// saying the same as its tooltips, a buurt whose figure the source withheld drawn apart, and the measures on a map.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed partial class MapPageTests(SuiteFixture suite, BrowserFixture browser)
{
    private const string Selwerd = "BU00141000";
    private const string Selwerderhof = "BU00141004";
    private static readonly string Division = MapTestData.Division.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AnIndicatorsMapColoursABuurtByItsClassSaysWhatTheTableSaysAndKeepsItsClassesWhenTheYearMoves()
    {
        await MapTestData.EnsureLoadedAsync(suite);
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync($"/indicatoren/{MapTestData.Indicator}");

        var map = page.GetByTestId("indicator-map");
        // The kaart of the figures' own division, whichever kaarten other tests imported beside it.
        await Expect(map.GetByTestId("choropleth")).ToHaveAttributeAsync("data-division", Division);
        var drawing = map.GetByTestId("choropleth-map");
        await Expect(drawing.Locator("svg path").First).ToBeVisibleAsync();
        var year = map.GetByTestId("map-year");
        await Expect(year).ToHaveValueAsync("2020");
        Assert.Equal(["2012", "2016", "2020"], await year.Locator("option").AllInnerTextsAsync());
        var classes = await map.GetByTestId("map-class-label").AllInnerTextsAsync();
        Assert.InRange(classes.Count, 3, 5);
        await Expect(map.GetByTestId("map-class-suppressed")).ToContainTextAsync("Afgeschermd");
        await Expect(map.GetByTestId("map-city")).ToContainTextAsync("%");
        await web.ScreenshotAsync("indicator-map");

        await AssertBuurtAsync(page, map, Selwerd, 2020);
        await AssertBuurtAsync(page, map, Selwerderhof, 2020);

        // Another year: other colours, the same classes.
        await year.SelectOptionAsync("2016");
        await Expect(map.GetByTestId("map-table").Locator("th").Nth(1)).ToContainTextAsync("2016");
        Assert.Equal(classes, await map.GetByTestId("map-class-label").AllInnerTextsAsync());
        await AssertBuurtAsync(page, map, Selwerd, 2016);

        // The wijken instead: their own outlines and figures.
        await map.GetByTestId("map-level").SelectOptionAsync("wijk");
        var wijk = map.GetByTestId("map-table").Locator("tr[data-area='WK001410']");
        await Expect(wijk.GetByTestId("map-value")).ToContainTextAsync(MapTestData.Expected("WK001410", 2016)!);
        await Expect(map.GetByTestId("map-table").Locator("tr[data-area^='BU']")).ToHaveCountAsync(0);

        // With the keyboard: the map takes focus, an arrow key goes to an area and says it, Enter opens it.
        await drawing.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(map.GetByTestId("map-focused")).Not.ToBeEmptyAsync();
        var first = await map.GetByTestId("map-table").Locator("tbody tr").First.GetAttributeAsync("data-area");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/wijken/{first}$"));
        Assert.True(web.PageErrors.Count == 0, string.Join("\n", web.PageErrors));
    }

    [Fact]
    public async Task AWijkPageDrawsItsBuurtenInTheClassesOfTheCitysMap()
    {
        await MapTestData.EnsureLoadedAsync(suite);
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync($"/indicatoren/{MapTestData.Indicator}");
        await Expect(page.GetByTestId("indicator-map").GetByTestId("choropleth")).ToHaveAttributeAsync("data-division", Division);
        var cityClasses = page.GetByTestId("indicator-map").GetByTestId("map-class-label");
        await Expect(cityClasses.First).ToBeVisibleAsync();
        var classes = await cityClasses.AllInnerTextsAsync();

        await web.GoToAsync("/wijken/WK001410");
        var map = page.GetByTestId("area-map");
        await map.GetByTestId("area-map-indicator").SelectOptionAsync(MapTestData.Indicator);
        await Expect(map.GetByTestId("choropleth")).ToHaveAttributeAsync("data-division", Division);
        var row = map.GetByTestId("map-table").Locator($"tr[data-area='{Selwerd}']");
        await Expect(row.GetByTestId("map-value")).ToContainTextAsync(MapTestData.Expected(Selwerd, 2020)!);
        Assert.Equal(classes, await map.GetByTestId("map-class-label").AllInnerTextsAsync());
        // Only the wijk's own buurten are drawn.
        Assert.All(await map.GetByTestId("map-table").Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.area)"),
            code => Assert.StartsWith("BU001410", code, StringComparison.Ordinal));
        await Expect(map.GetByTestId("choropleth-map").Locator("svg path").First).ToBeVisibleAsync();
        await web.ScreenshotAsync("wijk-map");
        Assert.Empty(web.PageErrors);
    }

    [Fact]
    public async Task AMeasuresBuurtenAreHighlightedOnItsPageAndAWijkPickedOnTheListsMapFiltersTheList()
    {
        await MapTestData.EnsureLoadedAsync(suite);
        // A measure for a whole wijk lights up its buurten: those on the newest kaart.
        var office = await suite.OfficeTokenAsync();
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office,
            MeasuresRoutesTests.Measure("Wijkwerkplaats " + Guid.NewGuid().ToString("N")[..6], GatewayClient.GemeenteGroningen, area: "WK001410"));
        var id = (await created.JsonAsync()).GetProperty("id").GetString();
        var wijkBuurten = (await suite.ListAllAsync("/api/v1/areas?level=buurt&parentCode=WK001410")).Select(b => b.GetProperty("code").GetString()).ToHashSet();
        var newest = await suite.GetOkJsonAsync("/api/v1/areas/shapes?level=buurt");
        var drawn = newest.GetProperty("features").EnumerateArray().Count(f => wijkBuurten.Contains(f.GetProperty("id").GetString()));
        Assert.True(drawn > 0);
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;

        await web.GoToAsync($"/maatregelen/{id}");
        var measureMap = page.GetByTestId("measure-map-drawing").Locator("svg");
        await Expect(measureMap.Locator("path").First).ToBeVisibleAsync();
        await Expect(measureMap.Locator("path[fill='#1f5fa8']")).ToHaveCountAsync(drawn);
        // The same buurten as text beneath the map.
        await Expect(page.GetByTestId("measure-map-areas").Locator("li")).ToHaveCountAsync(drawn);

        await web.GoToAsync("/maatregelen");
        var listMap = page.GetByTestId("measures-map-drawing");
        await Expect(listMap.Locator("svg path").First).ToBeVisibleAsync();
        await listMap.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByTestId("measures-map").GetByTestId("map-focused")).ToContainTextAsync("getoonde maatregelen");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]wijk=WK0014"));
        await Expect(page.Locator("#filter-wijk")).ToHaveValueAsync(new Regex("^WK0014"));
        // The wijk chosen is outlined on the map (Escape first takes the keyboard's highlight away).
        await page.Keyboard.PressAsync("Escape");
        await Expect(listMap.Locator("svg path[stroke-width='2']")).ToHaveCountAsync(1);
        await web.ScreenshotAsync("measures-map");
        Assert.Empty(web.PageErrors);
    }

    [Fact]
    public async Task TheProgrammeOfficeLoadsAKaartOnTheImportPageAndABrokenFileIsRefusedAtItsField()
    {
        var folder = Directory.CreateTempSubdirectory("nplv-kaart-");
        try
        {
            var kaart = Path.Combine(folder.FullName, "wijkenbuurten-2021.geojson");
            var broken = Path.Combine(folder.FullName, "kapot-2021.geojson");
            await File.WriteAllTextAsync(kaart, AreaShapesRoutesTests.Kaart);
            await File.WriteAllTextAsync(broken, AreaShapesRoutesTests.Kaart[..200]);
            await using var web = await WebPage.OpenAsync(suite, browser);
            var page = web.Page;
            await MeasureEditingTests.SignInAsync(web, "Petra Bureau");
            await web.GoToAsync("/import");
            await page.GetByTestId("import-source-shapes").CheckAsync();

            // The year comes from the file's name; the gemeente is the city's unless changed.
            await page.GetByTestId("shapes-file").SetInputFilesAsync(kaart);
            await Expect(page.GetByTestId("shapes-year")).ToHaveValueAsync("2021");
            await Expect(page.GetByTestId("shapes-region")).ToHaveValueAsync("GM0014");
            await page.GetByTestId("shapes-submit").ClickAsync();
            await Expect(page.GetByTestId("shapes-outcome")).ToContainTextAsync("Kaart 2021 ingelezen");
            await Expect(page.GetByTestId("shapes-outcome")).ToContainTextAsync("1 buiten de gemeente overgeslagen");
            var served = await suite.GetOkJsonAsync("/api/v1/areas/shapes?level=buurt&year=2021");
            Assert.Equal(2, served.GetProperty("features").GetArrayLength());
            await web.ScreenshotAsync("shapes-import");

            await page.GetByTestId("shapes-file").SetInputFilesAsync(broken);
            await page.GetByTestId("shapes-submit").ClickAsync();
            await Expect(page.GetByTestId("form-message")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("error-file")).ToBeVisibleAsync();
            Assert.Empty(web.PageErrors);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The buurt's row against its tooltip and its drawing: pointing at the row outlines one area of the map and shows
    /// its tooltip; that area is filled with the colour of the row's class, or hatched grey where the figure is withheld.
    /// </summary>
    private static async Task AssertBuurtAsync(IPage page, ILocator map, string code, int year)
    {
        var expected = MapTestData.Expected(code, year);
        var row = map.GetByTestId("map-table").Locator($"tr[data-area='{code}']");
        var value = await row.GetByTestId("map-value").InnerTextAsync();
        var source = await row.GetByTestId("map-source").InnerTextAsync();
        var classCell = row.GetByTestId("map-class-of");
        Assert.Equal(expected is null ? "suppressed" : "value", await row.GetAttributeAsync("data-kind"));
        Assert.StartsWith(expected ?? "geen waarde", value, StringComparison.Ordinal);
        Assert.Contains("50090NED", source, StringComparison.Ordinal);

        var svg = map.GetByTestId("choropleth-map").Locator("svg");
        await row.GetByRole(AriaRole.Link).FocusAsync();
        var tooltip = page.Locator(".map-tooltip");
        await Expect(tooltip).ToBeVisibleAsync();
        await Expect(tooltip).ToContainTextAsync(await row.GetByRole(AriaRole.Link).InnerTextAsync());
        await Expect(tooltip).ToContainTextAsync($"{year}: {expected ?? "geen waarde"}");
        await Expect(tooltip).ToContainTextAsync($"Bron: {source}");
        // The area pointed at is drawn on top with a dark outline (in the next frame); a withheld figure is grey under
        // a hatching, which is a second path over it.
        var outlined = svg.Locator("path[stroke-width='2.5']");
        await Expect(outlined).ToHaveCountAsync(expected is null ? 2 : 1);
        var fills = await outlined.EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('fill'))");

        if (expected is null)
        {
            await Expect(classCell).ToHaveTextAsync("afgeschermd");
            await Expect(tooltip).ToContainTextAsync("afgeschermd");
            Assert.Equal("#8c959f", fills[0]);
            Assert.StartsWith("url(", fills[1], StringComparison.Ordinal);
        }
        else
        {
            var color = await classCell.GetAttributeAsync("data-color");
            var classLabel = await classCell.InnerTextAsync();
            await Expect(tooltip).ToContainTextAsync($"Klasse {classLabel.Trim()}");
            Assert.Equal(color, fills[0], ignoreCase: true);
            // The class is the legend's that holds the value.
            var legendClass = map.Locator($"[data-testid=map-class][data-color='{color}']");
            await Expect(legendClass).ToHaveCountAsync(1);
            Assert.InRange(Number(expected), Number(await legendClass.GetAttributeAsync("data-from")), Number(await legendClass.GetAttributeAsync("data-to")));
        }

        await row.GetByRole(AriaRole.Link).BlurAsync();
    }

    private static double Number(string? text) => double.Parse(NonNumber().Replace(text ?? "", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("[^0-9,.-]")]
    private static partial Regex NonNumber();
}
