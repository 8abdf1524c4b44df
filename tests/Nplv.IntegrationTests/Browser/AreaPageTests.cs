using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>From the overview to an area and an indicator: the seeded figures, each with its source.</summary>
[Collection(SuiteCollection.Name)]
public sealed class AreaPageTests(SuiteFixture suite, BrowserFixture browser)
{
    private const string Werkzoekenden = "geregistreerde-werkzoekenden";
    private const string WerkzoekendenSource = "Basismonitor Groningen";

    [Fact]
    public async Task FollowingAnAreaFromTheOverviewShowsItsIndicatorsAgainstTheCityWithTheirSources()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync("/");
        await page.GetByTestId("area-links").GetByRole(AriaRole.Link, new() { Name = "Nieuw-West" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/wijken/WK001409$"));
        await Expect(page.GetByTestId("area-name")).ToHaveTextAsync("Nieuw-West");
        await Expect(page.GetByTestId("area-buurten")).ToContainTextAsync("Vinkhuizen-Noord");

        // The seeded figures are the city's (Basismonitor Groningen): the wijk's page shows them as its comparison.
        var section = page.GetByTestId($"indicator-section-{Werkzoekenden}");
        await Expect(section.GetByTestId($"indicator-chart-{Werkzoekenden}").Locator("svg")).ToBeVisibleAsync();
        var figures = section.GetByTestId($"indicator-figures-{Werkzoekenden}");
        await Expect(figures).ToContainTextAsync("9,8");
        await Expect(figures).ToContainTextAsync("8,6");
        await Expect(figures.GetByTestId("figure-source").First).ToContainTextAsync(WerkzoekendenSource);
        await Expect(page.GetByTestId("area-measures")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("area-partners")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("degraded")).ToHaveCountAsync(0);
        await web.ScreenshotAsync("area");
        Assert.Empty(web.PageErrors);
    }

    [Fact]
    public async Task TheIndicatorPageChartsEveryAreaAndGivesEveryFigureItsSource()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync("/indicatoren");
        await page.GetByTestId($"indicator-link-{Werkzoekenden}").ClickAsync();

        await Expect(page.GetByTestId("indicator-page")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("indicator-source")).ToContainTextAsync(WerkzoekendenSource);
        await Expect(page.GetByTestId("indicator-chart").Locator("svg")).ToBeVisibleAsync();
        var rows = page.GetByTestId("indicator-figures").Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var sources = page.GetByTestId("indicator-figures").GetByTestId("figure-source");
        Assert.Equal(await rows.CountAsync(), await sources.CountAsync());
        foreach (var source in await sources.AllInnerTextsAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(source), "a figure without its source");
        }

        await web.ScreenshotAsync("indicator");
    }

    [Fact]
    public async Task APartnersPageShowsTheMeasuresItTakesPartIn()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync("/partners");
        await page.GetByTestId("partner-list").GetByRole(AriaRole.Link, new() { Name = "WerkPro" }).ClickAsync();

        await Expect(page.GetByTestId("partner-name")).ToHaveTextAsync("WerkPro");
        await Expect(page.GetByTestId("partner-takes-part")).ToContainTextAsync("De wijk als leerwerkplek");
        await web.ScreenshotAsync("partner");
    }

    [Fact]
    public async Task AnUnknownAreaIsNotFoundAndLinksBack()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        await web.GoToAsync("/wijken/WK009999");

        await Expect(web.Page.GetByTestId("error")).ToContainTextAsync("Niet gevonden");
        await Expect(web.Page.GetByRole(AriaRole.Link, new() { Name = "wijken", Exact = false }).First).ToBeVisibleAsync();
    }
}
