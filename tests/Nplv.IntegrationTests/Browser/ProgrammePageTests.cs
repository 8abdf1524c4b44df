using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

[Collection(SuiteCollection.Name)]
public sealed class ProgrammePageTests(SuiteFixture suite, BrowserFixture browser)
{
    [Fact]
    public async Task TheProgrammeOverviewShowsEachThemeWithItsMeasuresAndBudget()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        await web.GoToAsync("/");

        await Expect(web.Page.GetByRole(AriaRole.Heading, new() { Name = "Programma-overzicht", Level = 1 })).ToBeVisibleAsync();
        var werk = web.Page.GetByTestId("theme-werk");
        await Expect(werk).ToContainTextAsync("Werk");
        await Expect(werk).ToContainTextAsync("€");
        await Expect(web.Page.GetByTestId("status-chart").Locator("svg")).ToBeVisibleAsync();
        await Expect(web.Page.GetByTestId("degraded")).ToHaveCountAsync(0);
        await web.ScreenshotAsync("programme");
        Assert.Empty(web.PageErrors);
    }

    [Fact]
    public async Task OnAPhoneTheOverviewFitsTheScreenAndWorksWithAKeyboard()
    {
        await using var web = await WebPage.OpenAsync(suite, browser, WebPage.Phone);
        await web.GoToAsync("/");
        await Expect(web.Page.GetByTestId("theme-werk")).ToBeVisibleAsync();

        var overflows = await web.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflows, "the page is wider than the phone's screen");

        await web.Page.Keyboard.PressAsync("Tab");
        await Expect(web.Page.Locator(":focus")).ToHaveTextAsync("Naar de inhoud");
        await web.Page.Keyboard.PressAsync("Enter");
        await Expect(web.Page.Locator("main")).ToBeFocusedAsync();
        await web.ScreenshotAsync("programme-phone");
    }
}
