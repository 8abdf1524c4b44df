using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Nplv.Indicators.V1;
using UglyToad.PdfPig;

namespace Nplv.IntegrationTests;

/// <summary>
/// An annual report of a wijk, asked for through the front door and made in the background, as DOCX and PDF that
/// hold the year's measures, approved texts, figures and targets: read back with the Open XML SDK and PdfPig.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class AnnualReportsRoutesTests(SuiteFixture suite)
{
    public const string Wijk = "WK001410";

    /// <summary>The year the seeded reports account for.</summary>
    public const int Year = 2023;

    /// <summary>A year of its own with a measure in the wijk, its approved report, and figures and a target of a new indicator there.</summary>
    public async Task<SeededYear> SeedYearAsync()
    {
        var office = await suite.OfficeTokenAsync("Petra Bureau");
        var editor = await suite.EditorTokenAsync(GatewayClient.WerkPro, "Wim WerkPro");
        // A year the 2020 division of the areas is valid in; the quarter is this test's alone (the others take halves).
        const int year = Year;
        var period = $"{year}-Q4";
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, new { code = period, opensOn = $"{year}-12-01", dueOn = $"{year + 1}-01-31" }))
        {
            Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        }

        var marker = Guid.NewGuid().ToString("N")[..6];
        var title = $"Jaarverslag taalgroepen {marker}";
        var id = await new ReportsRoutesTests(suite).RunningMeasureAsync(office, title);
        var path = $"/api/v1/measures/{id}/reports/{period}";
        var done = $"Veertien taalgroepen in Selwerd ({marker}).";
        string tag;
        using (var written = await suite.SendAsync(HttpMethod.Put, path, editor, ReportsRoutesTests.Report(done)))
        {
            Assert.Equal(HttpStatusCode.Created, written.StatusCode);
            tag = written.Headers.ETag!.Tag;
        }

        tag = await MoveAsync(path, editor, tag, "ingediend");
        await MoveAsync(path, office, tag, "goedgekeurd");

        var indicator = IndicatorsRoutesTests.NewCode();
        var name = $"Startkwalificatie {marker}";
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, IndicatorsRoutesTests.Indicator(indicator, name)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var record = new RecordObservationsRequest();
        foreach (var (area, figureYear, value) in new[] { (Wijk, year - 1, 61.25), (Wijk, year, 63.75), ("GM0014", year, 71.5), (Wijk, year + 1, 99.125) })
        {
            record.Observations.Add(new Observation
            {
                IndicatorCode = indicator, AreaCode = area, Year = figureYear, Value = value,
                Status = ObservationStatus.Voorlopig, Source = $"Onderwijsmonitor (test {marker})",
            });
        }

        await new IndicatorsService.IndicatorsServiceClient(suite.Channel("indicators")).RecordObservationsAsync(record);
        using (var target = await suite.SendAsync(HttpMethod.Put, $"/api/v1/indicators/{indicator}/targets/{Wijk}", office, IndicatorsRoutesTests.Target(goal: 77.5)))
        {
            Assert.Equal(HttpStatusCode.Created, target.StatusCode);
        }

        return new SeededYear(year, id, title, done, indicator, name, marker);
    }

    public sealed record SeededYear(int Year, string MeasureId, string MeasureTitle, string ApprovedText, string IndicatorCode, string IndicatorName, string Marker);

    [Fact]
    public async Task AWijksReportIsMadeInTheBackgroundAndItsDocumentsHoldTheYearsMeasuresTextsFiguresAndTargets()
    {
        var seeded = await SeedYearAsync();
        var office = await suite.OfficeTokenAsync("Petra Bureau");
        var editor = await suite.EditorTokenAsync(GatewayClient.WerkPro, "Wim WerkPro");
        // A report of another quarter waits for approval when the report is asked for.
        var latePath = $"/api/v1/measures/{seeded.MeasureId}/reports/{seeded.Year}-Q3";
        var lateText = $"Tien taalgroepen na de zomer ({seeded.Marker}).";
        using (var period = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, new { code = $"{seeded.Year}-Q3", opensOn = $"{seeded.Year}-09-01", dueOn = $"{seeded.Year}-10-31" }))
        {
            Assert.True(period.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await period.Content.ReadAsStringAsync());
        }

        string lateTag;
        using (var written = await suite.SendAsync(HttpMethod.Put, latePath, editor, ReportsRoutesTests.Report(lateText)))
        {
            Assert.Equal(HttpStatusCode.Created, written.StatusCode);
            lateTag = await MoveAsync(latePath, editor, written.Headers.ETag!.Tag, "ingediend");
        }

        var introduction = $"Dit jaar stond in het teken van de taal ({seeded.Marker}).";
        var key = Guid.NewGuid().ToString();
        var body = new { year = seeded.Year, scope = "wijk", areaCode = Wijk, introduction };
        string id;
        using (var accepted = await suite.SendAsync(HttpMethod.Post, "/api/v1/annual-reports", office, body, idempotencyKey: key))
        {
            Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
            var queued = await accepted.JsonAsync();
            id = queued.GetProperty("id").GetString()!;
            Assert.Equal($"/api/v1/annual-reports/{id}", accepted.Headers.Location?.OriginalString);
            Assert.Contains(queued.GetProperty("state").GetString(), new[] { "queued", "generating" });
        }

        // CBS corrects the wijk's figure of the year once the report has been asked for: the report keeps the figure
        // known when it was asked, whether or not its making had begun.
        await new IndicatorsService.IndicatorsServiceClient(suite.Channel("indicators")).RecordObservationsAsync(new RecordObservationsRequest
        {
            Observations =
            {
                new Observation
                {
                    IndicatorCode = seeded.IndicatorCode, AreaCode = Wijk, Year = seeded.Year, Value = 64.5,
                    Status = ObservationStatus.Definitief, Source = $"Onderwijsmonitor (test {seeded.Marker}, definitief)",
                },
            },
        });

        // The waiting report is approved and the measure renamed, after the asking as well.
        await MoveAsync(latePath, office, lateTag, "goedgekeurd");
        var renamed = $"{seeded.MeasureTitle} (hernoemd)";
        await RenameAsync(seeded.MeasureId, renamed, office);

        // A retry with the same key is the same report, not a second one.
        using (var retried = await suite.SendAsync(HttpMethod.Post, "/api/v1/annual-reports", office, body, idempotencyKey: key))
        {
            Assert.Equal(id, (await retried.JsonAsync()).GetProperty("id").GetString());
        }

        var ready = await WaitUntilReadyAsync(id, office);
        Assert.Equal(100, ready.GetProperty("progressPercent").GetInt32());
        Assert.Equal("Petra Bureau", ready.GetProperty("requestedBy").GetProperty("name").GetString());
        var content = ready.GetProperty("content");
        AssertAsAsked(content, seeded);

        var wijkName = (await suite.GetOkJsonAsync($"/api/v1/areas/{Wijk}")).GetProperty("name").GetString();
        var docx = await DocxTextAsync(id, office);
        var pdf = await PdfTextAsync(id, office);
        foreach (var (document, text) in new[] { ("docx", docx), ("pdf", pdf) })
        {
            foreach (var expected in new[]
            {
                $"Voortgangsrapportage {seeded.Year}", $"Wijk {wijkName}", introduction, seeded.MeasureTitle, seeded.ApprovedText, "Gemeente Groningen",
                seeded.IndicatorName, "63,75%", "71,5%", "77,5% in 2030", "€ 125.000", "€ 80.000", "Goedgekeurde verslagen",
            })
            {
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"The {document} lacks '{expected}'");
            }

            // A figure of a later year is not in the account of this one.
            Assert.DoesNotContain("99,13", text, StringComparison.Ordinal);
        }

        // Asked again now, the report has the new figure, the late text and the new name, and names what changed.
        var again = (await StartAsync(office, body)).GetProperty("id").GetString()!;
        var changes = (await WaitUntilReadyAsync(again, office)).GetProperty("content").GetProperty("changedSince");
        Assert.Equal(id, changes.GetProperty("previousReportId").GetString());
        var changed = changes.GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("indicatorCode").GetString() == seeded.IndicatorCode && f.GetProperty("areaCode").GetString() == Wijk);
        Assert.Equal(seeded.Year, changed.GetProperty("year").GetInt32());
        Assert.Equal((63.75, "voorlopig"), (changed.GetProperty("before").GetProperty("value").GetDouble(), changed.GetProperty("before").GetProperty("status").GetString()));
        Assert.Equal((64.5, "definitief"), (changed.GetProperty("after").GetProperty("value").GetDouble(), changed.GetProperty("after").GetProperty("status").GetString()));
        var late = changes.GetProperty("progress").EnumerateArray().Single(p => p.GetProperty("measureId").GetString() == seeded.MeasureId);
        Assert.Equal(($"{seeded.Year}-Q3", "approved", renamed), (late.GetProperty("period").GetString(), late.GetProperty("change").GetString(), late.GetProperty("measureTitle").GetString()));
        foreach (var (document, text) in new[] { ("docx", await DocxTextAsync(again, office)), ("pdf", await PdfTextAsync(again, office)) })
        {
            foreach (var expected in new[] { "Gewijzigd sinds de rapportage van", "63,75% (voorlopig)", "64,5% (definitief)", lateText, $"{renamed}, {seeded.Year}, kwartaal 3: verslag sindsdien goedgekeurd" })
            {
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"The {document} of the new report lacks '{expected}'");
            }
        }

        // Asked again for the first report's peildatum, it says what the first said.
        var asOf = ready.GetProperty("asOf").GetDateTimeOffset();
        var repeated = await StartAsync(office, new { year = seeded.Year, scope = "wijk", areaCode = Wijk, introduction, asOf });
        Assert.Equal(asOf, repeated.GetProperty("asOf").GetDateTimeOffset());
        AssertAsAsked((await WaitUntilReadyAsync(repeated.GetProperty("id").GetString()!, office)).GetProperty("content"), seeded);

        var listed = await suite.GetOkJsonAsync("/api/v1/annual-reports", office);
        var entry = listed.GetProperty("items").EnumerateArray().First(r => r.GetProperty("id").GetString() == id);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("content").ValueKind);
        Assert.Equal(["docx", "pdf"], entry.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("format").GetString()));
    }

    [Theory]
    [InlineData("""{"year":2025,"scope":"stad"}""", "scope")]
    [InlineData("""{"scope":"programme"}""", "year")]
    [InlineData("""{"year":1999,"scope":"programme"}""", "year")]
    [InlineData("""{"year":2025,"scope":"theme"}""", "theme")]
    [InlineData("""{"year":2025,"scope":"wijk","areaCode":"BU00141000"}""", "areaCode")]
    [InlineData("""{"year":2025,"scope":"wijk","areaCode":"WK009999"}""", "areaCode")]
    [InlineData("""{"year":2025,"scope":"programme","theme":"werk"}""", "theme")]
    [InlineData("""{"year":2025,"scope":"programme","asOf":"2999-01-01T00:00:00Z"}""", "asOf")]
    [InlineData("""{"year":2025,"scope":"programme","asOf":"gisteren"}""", "asOf")]
    public async Task ABadRequestForAReportIsA400NamingTheField(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await suite.SendAsync(HttpMethod.Post, "/api/v1/annual-reports", await suite.OfficeTokenAsync(), content);
        var problem = await response.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task OnlyTheProgrammeOfficeAsksForAReportAndAnUnknownOneIsA404()
    {
        var body = new { year = 2025, scope = "programme" };
        using var anonymous = await suite.SendAsync(HttpMethod.Post, "/api/v1/annual-reports", null, body);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var editor = await suite.SendAsync(HttpMethod.Post, "/api/v1/annual-reports", await suite.EditorTokenAsync(GatewayClient.WerkPro), body);
        Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
        var reader = await suite.EditorTokenAsync(GatewayClient.WerkPro);
        using var unknown = await suite.SendAsync(HttpMethod.Get, $"/api/v1/annual-reports/{Guid.CreateVersion7()}", reader);
        await unknown.ProblemAsync(404);
        using var badFormat = await suite.SendAsync(HttpMethod.Get, $"/api/v1/annual-reports/{Guid.CreateVersion7()}/documents/odt", reader);
        await badFormat.ProblemAsync(400);
        // The reports hold approved progress texts, which are read signed in.
        using var anonymousRead = await suite.Gateway.GetAsync("/api/v1/annual-reports");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRead.StatusCode);
    }

    /// <summary>The content as it stood when the first report was asked: the voorlopig figure, the old name, one approved text.</summary>
    private static void AssertAsAsked(JsonElement content, SeededYear seeded)
    {
        var measure = content.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("measures").EnumerateArray())
            .Single(m => m.GetProperty("id").GetString() == seeded.MeasureId);
        Assert.Equal(seeded.MeasureTitle, measure.GetProperty("title").GetString());
        Assert.Equal([$"{seeded.Year}-Q4"], measure.GetProperty("progress").EnumerateArray().Select(p => p.GetProperty("period").GetString()));

        var figure = content.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == seeded.IndicatorCode)
            .GetProperty("series").EnumerateArray().Single(line => line.GetProperty("areaCode").GetString() == Wijk)
            .GetProperty("points").EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == seeded.Year);
        Assert.Equal((63.75, "voorlopig"), (figure.GetProperty("value").GetDouble(), figure.GetProperty("status").GetString()));
    }

    private async Task<JsonElement> StartAsync(string office, object body)
    {
        using var accepted = await suite.SendAsync(HttpMethod.Post, "/api/v1/annual-reports", office, body, idempotencyKey: Guid.NewGuid().ToString());
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        return await accepted.JsonAsync();
    }

    private async Task RenameAsync(string measureId, string title, string office)
    {
        using var read = await suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{measureId}", office);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var renamed = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{measureId}", office, ReportsRoutesTests.RunningMeasure(title), ifMatch: read.Headers.ETag!.Tag);
        Assert.True(renamed.StatusCode == HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
    }

    public async Task<JsonElement> WaitUntilReadyAsync(string id, string token)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var report = await suite.GetOkJsonAsync($"/api/v1/annual-reports/{id}", token);
            var state = report.GetProperty("state").GetString();
            Assert.True(state != "failed", report.ToString());
            if (state == "ready") return report;
            Assert.True(DateTime.UtcNow < deadline, $"still {state}: {report}");
            await Task.Delay(250);
        }
    }

    public async Task<string> DocxTextAsync(string id, string token)
    {
        using var response = await suite.SendAsync(HttpMethod.Get, $"/api/v1/annual-reports/{id}/documents/docx", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    public async Task<string> PdfTextAsync(string id, string token)
    {
        using var response = await suite.SendAsync(HttpMethod.Get, $"/api/v1/annual-reports/{id}/documents/pdf", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        // Words are joined by single spaces, so a phrase wrapped over two lines is still found.
        return string.Join(" ", document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
    }

    private async Task<string> MoveAsync(string path, string token, string tag, string toState)
    {
        using var moved = await suite.SendAsync(HttpMethod.Post, $"{path}/transitions", token, new { toState }, ifMatch: tag);
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        return moved.Headers.ETag!.Tag;
    }
}
