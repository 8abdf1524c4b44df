using Aspire.Hosting.ApplicationModel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>With a service stopped, the pages say which part is missing where it would be, and show the rest.</summary>
[Collection(SuiteCollection.Name)]
public sealed class DegradedPageTests(SuiteFixture suite, BrowserFixture browser)
{
    // Whole view answers may be served from the gateway's cache for up to 10 s after the service stopped.
    private static readonly TimeSpan NoticeWithin = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WithoutTheMeasuresServiceTheOverviewSaysSoAndStillShowsTheIndicatorsAndAreas()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        await suite.ExecuteCommandAsync("measures", KnownResourceCommands.StopCommand);
        try
        {
            await ReloadUntilAsync(web, "/", page => page.Locator("[data-testid=degraded][data-part=measures]").First);

            await Expect(web.Page.GetByTestId("theme-werk")).ToContainTextAsync("Werk");
            await Expect(web.Page.GetByTestId("theme-werk").GetByTestId("degraded")).ToBeVisibleAsync();
            await Expect(web.Page.GetByTestId("area-links").GetByRole(AriaRole.Link, new() { Name = "Oud-Noord" })).ToBeVisibleAsync();
            await web.ScreenshotAsync("programme-degraded");
        }
        finally
        {
            // Waits past the state the service stopped in, which it may still show just after the start command.
            await suite.StartAgainAsync("measures", untilReadsAnswer: false);
        }

        // The gateway uses the service again by itself (its circuit closes after the break), and so does the page.
        var recovered = await ReloadUntilAsync(web, "/", page => page.GetByTestId("theme-werk").Locator(".status-line"));
        await Expect(recovered).Not.ToBeEmptyAsync();
        await Expect(web.Page.GetByTestId("degraded")).ToHaveCountAsync(0);
    }

    private static async Task<ILocator> ReloadUntilAsync(WebPage web, string path, Func<IPage, ILocator> find)
    {
        var deadline = DateTime.UtcNow + NoticeWithin;
        while (true)
        {
            await web.GoToAsync(path);
            var locator = find(web.Page);
            try
            {
                await Expect(locator).ToBeVisibleAsync(new() { Timeout = 5_000 });
                return locator;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(1_000);
            }
        }
    }
}
