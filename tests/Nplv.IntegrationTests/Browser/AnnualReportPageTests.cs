using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Nplv.IntegrationTests.Browser;

/// <summary>The programme office asks for a wijk's annual report in the dashboard, follows it being made, reads it and downloads it.</summary>
[Collection(SuiteCollection.Name)]
public sealed class AnnualReportPageTests(SuiteFixture suite, BrowserFixture browser)
{
    [Fact]
    public async Task TheProgrammeOfficeMakesAWijksReportWatchesItAndDownloadsItsPdfAndWordDocument()
    {
        var seeded = await new AnnualReportsRoutesTests(suite).SeedYearAsync();
        await using var web = await WebPage.OpenAsync(suite, browser);
        var page = web.Page;
        await MeasureEditingTests.SignInAsync(web, "Petra Bureau");
        await web.GoToAsync("/rapportages");
        await page.GetByTestId("annual-report-year").FillAsync(seeded.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("annual-report-scope").SelectOptionAsync("wijk");
        await page.GetByTestId("annual-report-wijk").SelectOptionAsync(AnnualReportsRoutesTests.Wijk);
        await page.GetByTestId("annual-report-introduction").FillAsync($"Een jaar van taal en werk ({seeded.Marker}).");
        await web.ScreenshotAsync("annual-report-form");
        await page.GetByTestId("annual-report-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/rapportages/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("annual-report-state")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 90_000 });
        var content = page.GetByTestId("annual-report-content");
        await Expect(content).ToContainTextAsync(seeded.MeasureTitle);
        await Expect(content).ToContainTextAsync(seeded.ApprovedText);
        await Expect(content).ToContainTextAsync(seeded.IndicatorName);
        await Expect(content).ToContainTextAsync("Doel");
        await web.ScreenshotAsync("annual-report");

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("annual-report-download-pdf").ClickAsync());
        Assert.Equal($"voortgangsrapportage-{seeded.Year}-{AnnualReportsRoutesTests.Wijk}.pdf", pdf.SuggestedFilename);
        using (var document = PdfDocument.Open(await File.ReadAllBytesAsync((await pdf.PathAsync())!)))
        {
            var words = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains(seeded.MeasureTitle, words, StringComparison.Ordinal);
            Assert.Contains(seeded.ApprovedText, words, StringComparison.Ordinal);
        }

        var docx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("annual-report-download-docx").ClickAsync());
        Assert.EndsWith(".docx", docx.SuggestedFilename, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(await docx.PathAsync(), isEditable: false))
        {
            Assert.Contains(seeded.ApprovedText, document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        // Printed, the page is the report alone.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("annual-report-documents")).ToBeHiddenAsync();
        await web.ScreenshotAsync("annual-report-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await web.GoToAsync("/rapportages");
        await Expect(page.GetByTestId("annual-reports").Locator("li").First).ToHaveAttributeAsync("data-state", "ready");
        await web.ScreenshotAsync("annual-reports");
        Assert.Empty(web.PageErrors);
    }
}
