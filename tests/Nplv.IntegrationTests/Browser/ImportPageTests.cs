using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>The programme office uploads a file of figures and follows it to its end.</summary>
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
