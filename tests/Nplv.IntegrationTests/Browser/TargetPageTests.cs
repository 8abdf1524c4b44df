using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>
/// The programme office sets a target on an indicator's page and finds its status on the wijk's page and in the
/// programme overview's theme card.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class TargetPageTests(SuiteFixture suite, BrowserFixture browser)
{
    [Fact]
    public async Task ATargetSetOnTheIndicatorsPageShowsWithItsStatusOnTheWijksPage()
    {
        // An indicator of this test's own, so no other test sees its target.
        var code = IndicatorsRoutesTests.NewCode();
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", await suite.OfficeTokenAsync(), IndicatorsRoutesTests.Indicator(code)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var before = await OnderwijsProgressAsync();

        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await web.GoToAsync($"/indicatoren/{code}");
        await Expect(page.GetByTestId("indicator-targets")).ToContainTextAsync("nog geen doel");
        await Expect(page.GetByTestId("target-form")).ToHaveCountAsync(0);

        await MeasureEditingTests.SignInAsync(web, "Petra Bureau");
        await web.GoToAsync($"/indicatoren/{code}");
        var form = page.GetByTestId("target-form");
        await form.GetByTestId("target-submit").ClickAsync();
        await Expect(form.GetByTestId("error-areaCode")).ToBeVisibleAsync();

        await form.GetByTestId("target-area").SelectOptionAsync("WK001409");
        await form.GetByTestId("target-baseline-year").FillAsync("2022");
        await form.GetByTestId("target-baseline-value").FillAsync("71,5");
        await form.GetByTestId("target-year").FillAsync("2020");
        await form.GetByTestId("target-absolute").FillAsync("80");
        await form.GetByTestId("target-source").FillAsync("Programmaplan Groningen-Noord 2022");
        await form.GetByTestId("target-submit").ClickAsync();
        // The service's own check, beside its field: the target year comes after the baseline.
        await Expect(form.GetByTestId("error-targetYear")).ToBeVisibleAsync();

        await form.GetByTestId("target-year").FillAsync("2030");
        await form.GetByTestId("target-submit").ClickAsync();
        await Expect(form.GetByTestId("target-saved")).ToBeVisibleAsync();
        var row = page.GetByTestId("indicator-targets-table").Locator("tr[data-area='WK001409']");
        await Expect(row).ToContainTextAsync("80");
        await Expect(row.GetByTestId("target-status")).Not.ToBeEmptyAsync();
        await web.ScreenshotAsync("indicator-target");

        await web.GoToAsync("/wijken/WK001409");
        var section = page.GetByTestId($"indicator-section-{code}");
        await Expect(section.GetByTestId("target-status")).ToBeVisibleAsync();

        // The theme's count of targets grows by this one, under the status the indicator's page gave it.
        var after = await OnderwijsProgressAsync();
        Assert.Equal(before.Tracked + 1, after.Tracked);
        Assert.Equal(1, after.Statuses.Zip(before.Statuses, (a, b) => a - b).Sum());
        await web.GoToAsync("/");
        var card = page.GetByTestId("theme-onderwijs").Locator("ul.progress");
        await Expect(card).ToContainTextAsync($"{after.Statuses[0]} gehaald");
        await Expect(card).ToContainTextAsync($"{after.Statuses[1]} op koers");
        await Expect(card).ToContainTextAsync($"{after.Statuses[2]} niet op koers");
        await Expect(card).ToContainTextAsync($"{after.Statuses[3]} te weinig gegevens");
        await web.ScreenshotAsync("programme-target");
        Assert.Empty(web.PageErrors);
    }

    /// <summary>The education theme's targets in the programme overview: how many, and how many per status.</summary>
    private async Task<(int Tracked, int[] Statuses)> OnderwijsProgressAsync()
    {
        var programme = await suite.GetOkJsonAsync("/api/v1/programme");
        var theme = programme.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetString() == "onderwijs");
        var progress = theme.GetProperty("indicators");
        int Count(string name) => progress.ValueKind == JsonValueKind.Object ? progress.GetProperty(name).GetInt32() : 0;
        return (Count("tracked"), [Count("achieved"), Count("onTrack"), Count("offTrack"), Count("insufficientData")]);
    }
}
