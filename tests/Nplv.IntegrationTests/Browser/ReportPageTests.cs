using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>
/// The yearly cycle in the browser: the programme office opens a period, WerkPro's editor writes and submits the
/// report of a measure WerkPro takes part in, the office returns it with a reason, the editor changes and resubmits
/// it, the office approves; then the report is read-only, the period shows it reported, and its history has every step.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ReportPageTests(SuiteFixture suite, BrowserFixture browser)
{
    [Fact]
    public async Task AReportIsWrittenReturnedResubmittedAndApprovedWithItsHistory()
    {
        var code = ReportsRoutesTests.NewPeriodCode();
        var title = "Wijkgilde " + Guid.NewGuid().ToString("N")[..6];
        var measureId = await new ReportsRoutesTests(suite).RunningMeasureAsync(await suite.OfficeTokenAsync(), title);
        var reportPage = $"/maatregelen/{measureId}/verslagen/{code}";

        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;

        // The office signs in at the organisation's provider and opens the period on the periods page.
        await ProviderSignIn.SignInAsync(web, SuiteFixture.ProgrammeOfficer);
        await web.GoToAsync("/verslagen");
        var periodForm = page.GetByTestId("period-form");
        await periodForm.GetByTestId("period-code").FillAsync(code);
        await periodForm.GetByTestId("period-opens-on").FillAsync($"{code[..4]}-06-01");
        await periodForm.GetByTestId("period-due-on").FillAsync($"{code[..4]}-07-31");
        await periodForm.GetByTestId("period-submit").ClickAsync();
        await Expect(periodForm.GetByTestId("period-created")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("periods").Locator($"li[data-code='{code}']")).ToBeVisibleAsync();
        await web.GoToAsync($"/verslagen/{code}");
        var row = page.GetByTestId("period-reports").Locator($"tr[data-measure='{measureId}']");
        await Expect(row).ToHaveAttributeAsync("data-late", "true");

        // WerkPro's editor signs in at the organisation's provider (the office is signed out there first) and writes
        // the report from the measure's page, with a Dutch check before sending; later switches use the local form.
        await ProviderSignIn.SignInAsync(web, SuiteFixture.WerkProEditor, screenshot: "provider-sign-in");
        await web.GoToAsync($"/maatregelen/{measureId}");
        await page.GetByTestId($"measure-report-{code}").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{System.Text.RegularExpressions.Regex.Escape(reportPage)}$"));
        var form = page.GetByTestId("report-form");
        await form.GetByTestId("report-done").FillAsync("Twaalf groepen in Selwerd gedraaid.");
        await form.GetByTestId("report-rating").SelectOptionAsync("risico");
        await form.GetByTestId("report-spent-0").FillAsync("80.000");
        await form.GetByTestId("report-reach-people-0").FillAsync("veel");
        await form.GetByTestId("report-save").ClickAsync();
        await Expect(form.GetByTestId("error-reach[0].people")).ToContainTextAsync("aantal mensen");
        await form.GetByTestId("report-reach-people-0").FillAsync("120");
        await form.GetByTestId("report-reach-description-0").FillAsync("deelnemers");
        await form.GetByTestId("report-save").ClickAsync();
        await Expect(page.GetByTestId("report-notice")).ToContainTextAsync("opgeslagen");
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("Concept");
        // With the minutes attached as a PDF.
        await page.GetByTestId("attachment-file").SetInputFilesAsync(new FilePayload
        {
            Name = "verslag-selwerd.pdf", MimeType = "application/pdf", Buffer = AttachmentsRoutesTests.Pdf,
        });
        await page.GetByTestId("attachment-submit").ClickAsync();
        await Expect(page.GetByTestId("report-attachment")).ToContainTextAsync("verslag-selwerd.pdf");
        await page.GetByTestId("attachment-file").SetInputFilesAsync(new FilePayload
        {
            Name = "foto.pdf", MimeType = "application/pdf", Buffer = "<html></html>"u8.ToArray(),
        });
        await page.GetByTestId("attachment-submit").ClickAsync();
        await Expect(page.GetByTestId("report-attachments").GetByTestId("form-message")).ToContainTextAsync("kan niet bij het verslag");
        await Expect(page.GetByTestId("report-attachment")).ToHaveCountAsync(1);
        await web.ScreenshotAsync("report-concept");

        // A change not saved yet holds the submit back, so it cannot be left out unnoticed.
        await form.GetByTestId("report-obstacles").FillAsync("Te weinig vrijwilligers in de zomer.");
        await Expect(page.GetByTestId("review-ingediend")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("review-unsaved")).ToBeVisibleAsync();
        await form.GetByTestId("report-save").ClickAsync();
        await Expect(page.GetByTestId("review-ingediend")).ToBeEnabledAsync();
        await page.GetByTestId("review-ingediend").ClickAsync();
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("Ingediend");
        await Expect(page.GetByTestId("review-goedgekeurd")).ToHaveCountAsync(0);

        // The office returns it; without a reason it is refused in Dutch.
        await MeasureEditingTests.SignInAsync(web, "Petra Bureau");
        await web.GoToAsync(reportPage);
        await Expect(page.GetByTestId("report-view-done")).ToHaveTextAsync("Twaalf groepen in Selwerd gedraaid.");
        await page.GetByTestId("review-teruggestuurd").ClickAsync();
        await Expect(page.GetByTestId("review-actions").GetByTestId("form-message")).ToContainTextAsync("Geef een reden");
        await page.GetByTestId("review-reason").FillAsync("Het bedrag voor de vrijwilligers ontbreekt.");
        await page.GetByTestId("review-teruggestuurd").ClickAsync();
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("Teruggestuurd");

        // The editor reads why, changes and resubmits.
        await MeasureEditingTests.SignInAsync(web, "Wim WerkPro", "WerkPro");
        await web.GoToAsync(reportPage);
        await Expect(page.GetByTestId("report-returned")).ToContainTextAsync("Het bedrag voor de vrijwilligers ontbreekt.");
        await page.GetByTestId("report-done").FillAsync("Twaalf groepen in Selwerd gedraaid; 4.000 euro naar vrijwilligers.");
        await page.GetByTestId("report-save").ClickAsync();
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("Concept");
        await page.GetByTestId("review-ingediend").ClickAsync();
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("Ingediend");

        // The office approves: the report is locked, the period shows it reported.
        await MeasureEditingTests.SignInAsync(web, "Petra Bureau");
        await web.GoToAsync(reportPage);
        await page.GetByTestId("review-goedgekeurd").ClickAsync();
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("Goedgekeurd");
        await Expect(page.GetByTestId("report-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("report-locked")).ToBeVisibleAsync();

        var history = page.GetByTestId("report-history").GetByTestId("report-event");
        await Expect(history).ToHaveCountAsync(5);
        await Expect(history.Nth(0)).ToContainTextAsync("Concept → Ingediend door Wim WerkPro");
        await Expect(history.Nth(1)).ToContainTextAsync("Ingediend → Teruggestuurd door Petra Bureau");
        await Expect(history.Nth(1).GetByTestId("report-event-reason")).ToHaveTextAsync("Het bedrag voor de vrijwilligers ontbreekt.");
        await Expect(history.Nth(2)).ToContainTextAsync("Teruggestuurd → Concept door Wim WerkPro");
        await Expect(history.Nth(4)).ToContainTextAsync("Ingediend → Goedgekeurd door Petra Bureau");
        await web.ScreenshotAsync("report-approved");

        await MeasureEditingTests.SignInAsync(web, "Wim WerkPro", "WerkPro");
        await web.GoToAsync(reportPage);
        await Expect(page.GetByTestId("report-view")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("report-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("review-actions")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("attachment-form")).ToHaveCountAsync(0);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("attachment-download").ClickAsync());
        Assert.Equal("verslag-selwerd.pdf", download.SuggestedFilename);

        await web.GoToAsync($"/verslagen/{code}");
        row = page.GetByTestId("period-reports").Locator($"tr[data-measure='{measureId}']");
        await Expect(row).ToHaveAttributeAsync("data-state", "goedgekeurd");
        await Expect(row).ToHaveAttributeAsync("data-late", "false");
        await web.ScreenshotAsync("period-overview");

        // The measure's history holds every step of its report: who, when and why, and what each change changed.
        await web.GoToAsync($"/maatregelen/{measureId}");
        var changes = page.GetByTestId("change-history").GetByTestId("change");
        await Expect(changes.Nth(0)).ToHaveAttributeAsync("data-action", "goedgekeurd");
        await Expect(changes.Nth(0)).ToContainTextAsync($"Goedgekeurd · Verslag {code} door Petra Bureau (programmabureau)");
        await Expect(changes.Nth(1)).ToContainTextAsync("Ingediend · Verslag");
        await Expect(changes.Nth(1).GetByTestId("change-actor")).ToHaveTextAsync("Wim WerkPro");
        await Expect(changes.Nth(1).Locator("time")).ToHaveAttributeAsync("datetime", new Regex("^20\\d\\d-"));
        var rewritten = changes.Nth(2);
        await Expect(rewritten).ToHaveAttributeAsync("data-action", "concept");
        await Expect(rewritten.Locator("[data-field='content.done'] ins")).ToHaveTextAsync("Twaalf groepen in Selwerd gedraaid; 4.000 euro naar vrijwilligers.");
        await Expect(rewritten.Locator("[data-field='state']")).ToContainTextAsync("Teruggestuurd → Concept");
        var returned = page.Locator("[data-testid='change'][data-action='teruggestuurd']");
        await Expect(returned.GetByTestId("change-reason")).ToHaveTextAsync("Het bedrag voor de vrijwilligers ontbreekt.");
        await Expect(returned.GetByTestId("change-actor")).ToHaveTextAsync("Petra Bureau");
        await Expect(page.Locator("[data-testid='change'] [data-field='attachments'] ins")).ToHaveTextAsync("verslag-selwerd.pdf");
        await Expect(page.Locator("[data-testid='change'][data-kind='measure'][data-action='created']")).ToHaveCountAsync(1);
        await page.GetByTestId("change-history").ScrollIntoViewIfNeededAsync();
        await web.ScreenshotAsync("measure-history");
        Assert.Empty(web.PageErrors);
    }
}
