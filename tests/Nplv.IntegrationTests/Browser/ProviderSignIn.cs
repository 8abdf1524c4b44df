using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Nplv.Testing.Oidc;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>Signing in and out on the pages as the coalition's people do: at their organisation's provider.</summary>
internal static partial class ProviderSignIn
{
    /// <summary>Signs in as <paramref name="account"/>; whoever is signed in is signed out first, here and at the provider.</summary>
    public static async Task SignInAsync(WebPage web, OidcAccount account, string? screenshot = null)
    {
        var page = web.Page;
        await web.GoToAsync("/aanmelden");
        if (await page.GetByTestId("signin-current").CountAsync() > 0)
        {
            await SignOutAsync(web);
            await web.GoToAsync("/aanmelden");
        }

        await page.GetByTestId("signin-provider-button").ClickAsync();
        try
        {
            await page.WaitForURLAsync(LoginForm());
        }
        catch (TimeoutException)
        {
            await web.ScreenshotAsync("provider-sign-in-failed");
            throw new TimeoutException($"The provider's login form did not open from {page.Url}: {string.Join("; ", web.PageErrors.Concat(web.ConsoleErrors))}");
        }

        await page.GetByLabel("Gebruikersnaam").FillAsync(account.UserName);
        await page.GetByLabel("Wachtwoord").FillAsync(account.Password);
        if (screenshot is not null)
        {
            await web.ScreenshotAsync(screenshot);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(account.Name);
    }

    /// <summary>"Afmelden": the session ends here and at the provider, which sends the browser back to the home page.</summary>
    public static async Task SignOutAsync(WebPage web)
    {
        var page = web.Page;
        var home = new Uri(new Uri(page.Url), "/").ToString();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(home);
        }
        catch (TimeoutException)
        {
            await web.ScreenshotAsync("provider-sign-out-failed");
            throw new TimeoutException($"Signing out did not come back home from {page.Url}: {await page.ContentAsync()}");
        }

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginForm();
}
