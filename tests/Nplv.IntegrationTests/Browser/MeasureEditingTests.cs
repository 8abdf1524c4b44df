using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>Signing in and creating a measure through the form, with the gateway's errors beside their fields.</summary>
[Collection(SuiteCollection.Name)]
public sealed class MeasureEditingTests(SuiteFixture suite, BrowserFixture browser)
{
    [Fact]
    public async Task ASignedInUserCreatesAMeasureFixesTheFieldTheGatewayRefusedAndFindsItOnTheAreaPage()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await SignInAsync(web, "Petra Bureau");

        var title = $"Huiswerkbegeleiding Nieuw-West {Guid.NewGuid().ToString()[..8]}";
        await web.GoToAsync("/maatregelen/nieuw");
        var form = page.GetByTestId("measure-form");
        await form.GetByLabel("Titel").FillAsync(title);
        await form.GetByLabel("Thema").SelectOptionAsync(new SelectOptionValue { Label = "Onderwijs" });
        await form.GetByLabel("Trekker").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Groningen" });
        await form.GetByText("Nieuw-West", new() { Exact = true }).ClickAsync();
        await form.GetByLabel("Hele wijk Nieuw-West").CheckAsync();
        await form.GetByLabel("Startdatum").FillAsync("2027-09-01");
        await form.GetByLabel("Einddatum").FillAsync("2027-01-31");
        await page.GetByTestId("submit").ClickAsync();

        // The gateway refuses an end before the start; the form says so beside the end date and keeps the input.
        await Expect(page.GetByTestId("form-message")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("error-endDate")).ToBeVisibleAsync();
        await Expect(form.GetByLabel("Einddatum")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.GetByLabel("Titel")).ToHaveValueAsync(title);
        await web.ScreenshotAsync("measure-form-error");

        await form.GetByLabel("Einddatum").FillAsync("2028-07-31");
        await page.GetByTestId("submit").ClickAsync();

        await Expect(page.GetByTestId("measure-page")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("measure-title")).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("lead-partner")).ToContainTextAsync("Gemeente Groningen");
        await web.ScreenshotAsync("measure");

        await web.GoToAsync("/wijken/WK001409");
        await Expect(page.GetByTestId("area-measures").GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        Assert.Empty(web.PageErrors);
    }

    [Fact]
    public async Task AnotherPartnersEditorIsNotOfferedTheEditAndTheEditPageSaysWhy()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        await SignInAsync(web, "Wim WerkPro", partner: "WerkPro");

        await web.GoToAsync("/maatregelen?thema=onderwijs");
        var item = web.Page.GetByTestId("measure-item").First;
        await item.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(web.Page.GetByTestId("measure-page")).ToBeVisibleAsync();
        await Expect(web.Page.GetByTestId("lead-partner")).Not.ToContainTextAsync("WerkPro");
        await Expect(web.Page.GetByTestId("edit-link")).ToHaveCountAsync(0);

        await web.GoToAsync(new Uri(web.Page.Url).AbsolutePath + "/bewerken");
        await Expect(web.Page.GetByTestId("measure-form")).ToHaveCountAsync(0);
        await Expect(web.Page.GetByTestId("not-allowed")).ToBeVisibleAsync();
    }

    internal static async Task SignInAsync(WebPage web, string name, string? partner = null)
    {
        var page = web.Page;
        await web.GoToAsync("/aanmelden");
        var form = page.GetByTestId("signin-form");
        if (partner is null)
        {
            await page.GetByTestId("signin-role").SelectOptionAsync("programme-office");
        }
        else
        {
            await page.GetByTestId("signin-role").SelectOptionAsync("partner-editor");
            await page.GetByTestId("signin-partner").SelectOptionAsync(new SelectOptionValue { Label = partner });
        }

        await page.GetByTestId("signin-name").FillAsync(name);
        await web.ScreenshotAsync("sign-in");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(name);
    }
}
