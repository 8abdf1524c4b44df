using System.Net;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>The programme office defines an indicator on its page, edits it, and meets a change made meanwhile.</summary>
[Collection(SuiteCollection.Name)]
public sealed class IndicatorEditingTests(SuiteFixture suite, BrowserFixture browser)
{
    [Fact]
    public async Task TheProgrammeOfficeDefinesAnIndicatorAndEditsItThroughItsPages()
    {
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync("/indicatoren");
        await Expect(page.GetByTestId("new-indicator-link")).ToHaveCountAsync(0);

        await MeasureEditingTests.SignInAsync(web, "Petra Bureau");
        await web.GoToAsync("/indicatoren");
        await page.GetByTestId("new-indicator-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/indicatoren/nieuw$"));

        // Checked in the page first, in Dutch, beside each field.
        var form = page.GetByTestId("indicator-form");
        await form.GetByTestId("indicator-form-code").FillAsync("Eenzaam 65+");
        await form.GetByTestId("submit").ClickAsync();
        await Expect(form.GetByTestId("error-code")).ToContainTextAsync("kleine letters");
        foreach (var field in new[] { "name", "unit", "direction", "theme", "aggregation", "source.dataset" })
        {
            await Expect(form.GetByTestId($"error-{field}")).ToBeVisibleAsync();
        }

        var code = IndicatorsRoutesTests.NewCode();
        await form.GetByTestId("indicator-form-code").FillAsync(code);
        await form.GetByTestId("indicator-form-name").FillAsync("Jongeren met een startkwalificatie");
        await form.GetByTestId("indicator-form-definition").FillAsync("Aandeel jongeren van 18 tot 23 jaar met ten minste een mbo-2-diploma.");
        await form.GetByTestId("indicator-form-unit").FillAsync("%");
        await form.GetByTestId("indicator-form-direction").SelectOptionAsync("higher_is_better");
        await form.GetByTestId("indicator-form-theme").SelectOptionAsync("onderwijs");
        await form.GetByTestId("indicator-form-aggregation").SelectOptionAsync("none");
        await form.GetByTestId("indicator-form-source").FillAsync("Gemeente Groningen, Onderwijsmonitor");
        await web.ScreenshotAsync("indicator-new");
        await form.GetByTestId("submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/indicatoren/{code}$"));
        await Expect(page.GetByTestId("indicator-name")).ToHaveTextAsync("Jongeren met een startkwalificatie");
        await Expect(page.GetByTestId("indicator-definition")).ToContainTextAsync("hoger is beter");

        // The same code again is refused, in Dutch, and nothing is added.
        await web.GoToAsync("/indicatoren/nieuw");
        await form.GetByTestId("indicator-form-code").FillAsync(code);
        await form.GetByTestId("indicator-form-name").FillAsync("Tweede");
        await form.GetByTestId("indicator-form-unit").FillAsync("%");
        await form.GetByTestId("indicator-form-direction").SelectOptionAsync("lower_is_better");
        await form.GetByTestId("indicator-form-theme").SelectOptionAsync("werk");
        await form.GetByTestId("indicator-form-aggregation").SelectOptionAsync("sum");
        await form.GetByTestId("indicator-form-source").FillAsync("Elders");
        await form.GetByTestId("submit").ClickAsync();
        await Expect(form.GetByTestId("form-message")).ToContainTextAsync($"er is al een indicator met de code {code}");

        await web.GoToAsync($"/indicatoren/{code}");
        await page.GetByTestId("edit-indicator-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/indicatoren/{code}/bewerken$"));
        await Expect(form.GetByTestId("indicator-form-code")).ToHaveCountAsync(0);
        await Expect(form.GetByTestId("indicator-form-name")).ToHaveValueAsync("Jongeren met een startkwalificatie");

        // Someone else changes it meanwhile: the save is refused, and the newest version can be loaded.
        using (var changed = await suite.SendAsync(
            HttpMethod.Put, $"/api/v1/indicators/{code}", await suite.OfficeTokenAsync(),
            IndicatorsRoutesTests.Indicator(code, "Jongeren met startkwalificatie (mbo-2)"), ifMatch: "*"))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        await form.GetByTestId("indicator-form-unit").FillAsync("% van 18-22-jarigen");
        await form.GetByTestId("submit").ClickAsync();
        await Expect(form.GetByTestId("form-message")).ToContainTextAsync("Iemand anders heeft dit intussen gewijzigd");
        await form.GetByTestId("load-latest").ClickAsync();
        await Expect(page.GetByTestId("latest-loaded")).ToContainTextAsync("versie 2");
        await Expect(form.GetByTestId("indicator-form-name")).ToHaveValueAsync("Jongeren met startkwalificatie (mbo-2)");

        await form.GetByTestId("indicator-form-unit").FillAsync("% van 18-22-jarigen");
        await web.ScreenshotAsync("indicator-edit");
        await form.GetByTestId("submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/indicatoren/{code}$"));
        await Expect(page.GetByTestId("indicator-definition")).ToContainTextAsync("% van 18-22-jarigen");
        await Expect(page.GetByTestId("indicator-definition")).ToContainTextAsync("versie 3");
        Assert.Empty(web.PageErrors);
    }
}
