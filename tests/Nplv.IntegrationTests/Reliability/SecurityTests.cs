using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Every change the gateway offers, tried by callers who may not make it: each refused, nothing changed.</summary>
[Collection(SuiteCollection.Name)]
public sealed class SecurityTests(SuiteFixture suite)
{
    [Fact]
    public async Task EveryWriteRouteRefusesCallersWithoutAValidTokenOrOfAnotherPartnerAndChangesNothing()
    {
        var office = await suite.OfficeTokenAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        using var partner = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, PartnersRoutesTests.Lefier($"Lefier {marker}"));
        using var measure = await suite.SendAsync(
            HttpMethod.Post, "/api/v1/measures", office, MeasuresRoutesTests.Measure($"Afgeschermd {marker}", GatewayClient.GemeenteGroningen));
        var indicatorCode = IndicatorsRoutesTests.NewCode();
        using var indicator = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, IndicatorsRoutesTests.Indicator(indicatorCode));
        Assert.Equal(HttpStatusCode.Created, partner.StatusCode);
        Assert.Equal(HttpStatusCode.Created, measure.StatusCode);
        Assert.Equal(HttpStatusCode.Created, indicator.StatusCode);
        // A report on a measure WerkPro takes no part in, so WerkPro's editor is another partner's here too.
        var periodCode = ReportsRoutesTests.NewPeriodCode();
        using var period = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, ReportsRoutesTests.Period(periodCode));
        Assert.Equal(HttpStatusCode.Created, period.StatusCode);
        var reportMeasure = await new ReportsRoutesTests(suite).RunningMeasureAsync(office, $"Verslag {marker}", participant: GatewayClient.AlfaCollege);
        var reportPath = $"/api/v1/measures/{reportMeasure}/reports/{periodCode}";
        using var report = await suite.SendAsync(HttpMethod.Put, reportPath, office, ReportsRoutesTests.Report());
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        using var attachment = await AttachmentsRoutesTests.UploadAsync(suite, reportPath, office, "bewijs.pdf", AttachmentsRoutesTests.Pdf);
        Assert.Equal(HttpStatusCode.Created, attachment.StatusCode);
        var attachmentPath = attachment.Headers.Location!.OriginalString;
        // The attachment made a new version: the tag is the one after it.
        using var reportRead = await suite.SendAsync(HttpMethod.Get, reportPath, office);
        var reportTag = reportRead.Headers.ETag!.Tag;
        var intruderPeriod = ReportsRoutesTests.NewPeriodCode();
        var indicatorPath = indicator.Headers.Location!.OriginalString;
        var indicatorTag = indicator.Headers.ETag!.Tag;
        var partnerPath = partner.Headers.Location!.OriginalString;
        var measurePath = measure.Headers.Location!.OriginalString;
        var partnerTag = partner.Headers.ETag!.Tag;
        var measureTag = measure.Headers.ETag!.Tag;

        var routes = new WriteRoute[]
        {
            new("POST /api/v1/partners", HttpMethod.Post, "/api/v1/partners", () => Json(PartnersRoutesTests.Lefier($"Indringer {marker}")), null),
            new("PUT /api/v1/partners/{id}", HttpMethod.Put, partnerPath, () => Json(PartnersRoutesTests.Lefier($"Overgenomen {marker}")), partnerTag),
            new("DELETE /api/v1/partners/{id}", HttpMethod.Delete, partnerPath, () => null, partnerTag),
            new("POST /api/v1/measures", HttpMethod.Post, "/api/v1/measures",
                () => Json(MeasuresRoutesTests.Measure($"Indringer {marker}", GatewayClient.GemeenteGroningen)), null),
            new("PUT /api/v1/measures/{id}", HttpMethod.Put, measurePath,
                () => Json(MeasuresRoutesTests.Measure($"Overgenomen {marker}", GatewayClient.GemeenteGroningen)), measureTag),
            new("DELETE /api/v1/measures/{id}", HttpMethod.Delete, measurePath, () => null, measureTag),
            new("POST /api/v1/imports", HttpMethod.Post, "/api/v1/imports", ImportForm, null),
            new("POST /api/v1/indicators", HttpMethod.Post, "/api/v1/indicators",
                () => Json(IndicatorsRoutesTests.Indicator(IndicatorsRoutesTests.NewCode(), $"Indringer {marker}")), null),
            new("PUT /api/v1/indicators/{code}", HttpMethod.Put, indicatorPath,
                () => Json(IndicatorsRoutesTests.Indicator(indicatorCode, $"Overgenomen {marker}")), indicatorTag),
            new("PUT /api/v1/indicators/{code}/targets/{areaCode}", HttpMethod.Put, $"{indicatorPath}/targets/WK001409",
                () => Json(IndicatorsRoutesTests.Target()), null),
            new("POST /api/v1/periods", HttpMethod.Post, "/api/v1/periods", () => Json(ReportsRoutesTests.Period(intruderPeriod)), null),
            new("PUT /api/v1/measures/{id}/reports/{period}", HttpMethod.Put, reportPath, () => Json(ReportsRoutesTests.Report($"Overgenomen {marker}")), reportTag),
            new("POST /api/v1/measures/{id}/reports/{period}/transitions", HttpMethod.Post, $"{reportPath}/transitions",
                () => Json(new { toState = "ingediend" }), reportTag),
            new("POST /api/v1/measures/{id}/reports/{period}/attachments", HttpMethod.Post, $"{reportPath}/attachments?fileName=ingebracht.pdf",
                () => new ByteArrayContent(AttachmentsRoutesTests.Pdf), null),
            new("DELETE /api/v1/measures/{id}/reports/{period}/attachments/{attachmentId}", HttpMethod.Delete, attachmentPath, () => null, null),
            new("POST /api/v1/areas/shapes", HttpMethod.Post, "/api/v1/areas/shapes?format=geojson&year=2019&region=GM0014&source=indringer",
                () => new StringContent(AreaShapesRoutesTests.Kaart, System.Text.Encoding.UTF8, "application/geo+json"), null),
            new("POST /api/v1/annual-reports", HttpMethod.Post, "/api/v1/annual-reports",
                () => Json(new { year = 2025, scope = "programme", introduction = $"Indringer {marker}" }), null),
        };
        Assert.Equal((await DocumentedWriteRoutesAsync()).Order(), routes.Select(route => route.Name).Order());

        var callers = new Caller[]
        {
            new("no token", null, HttpStatusCode.Unauthorized),
            new("an expired token", await suite.TokenAsync("programme-office", lifetimeSeconds: -600), HttpStatusCode.Unauthorized),
            new("a forged token", GatewayClient.ForgedToken(), HttpStatusCode.Unauthorized),
            new("an unsigned token (alg none)", "eyJhbGciOiJub25lIn0.eyJyb2xlIjoicHJvZ3JhbW1lLW9mZmljZSJ9.", HttpStatusCode.Unauthorized),
            // WerkPro's editor: the partner and the measures are another partner's; imports, indicators, targets and
            // periods are the programme office's.
            new("another partner's editor", await suite.EditorTokenAsync(GatewayClient.WerkPro), HttpStatusCode.Forbidden),
        };

        // Writes without a valid token share one budget per address (60 a minute, RequestLimitsExtensions): each route
        // meets no token, one of the bad tokens in turn, and the other partner's editor, so the test stays within it
        // rather than waiting a minute out. The bad-input barrage sends many more kinds of bad token.
        var anonymous = callers[0];
        var badTokens = callers[1..^1];
        var otherEditor = callers[^1];
        var wrong = new List<string>();
        foreach (var (route, index) in routes.Select((route, index) => (route, index)))
        {
            foreach (var caller in new[] { anonymous, badTokens[index % badTokens.Length], otherEditor })
            {
                using var response = await suite.SendWaitingOutTheLimitAsync(() => Task.FromResult(Request(route, caller)));
                var refusedAsProblem = response.StatusCode == caller.Expected
                    && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    && (caller.Expected != HttpStatusCode.Unauthorized || response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer"));
                if (!refusedAsProblem)
                {
                    wrong.Add($"{route.Name} with {caller.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        await AssertUnchangedAsync(partnerPath, partnerTag);
        await AssertUnchangedAsync(measurePath, measureTag);
        await AssertUnchangedAsync(indicatorPath, indicatorTag);
        await AssertUnchangedAsync(reportPath, reportTag, office);
        Assert.Equal(["bewijs.pdf"], (await suite.GetOkJsonAsync(reportPath, office)).GetProperty("attachments").EnumerateArray()
            .Select(a => a.GetProperty("fileName").GetString()));
        Assert.Equal(0, await suite.CountListedAsync("/api/v1/periods", p => p.GetProperty("code").GetString() == intruderPeriod));
        Assert.Empty((await suite.GetOkJsonAsync($"{indicatorPath}/targets")).EnumerateArray());
        Assert.Equal(0, await suite.CountListedAsync("/api/v1/indicators", i => i.GetProperty("name").GetString() == $"Indringer {marker}"));
        Assert.Equal(0, await suite.CountListedAsync("/api/v1/measures", m => m.GetProperty("title").GetString() == $"Indringer {marker}"));
        Assert.Equal(0, await suite.CountListedAsync("/api/v1/partners", p => p.GetProperty("name").GetString() == $"Indringer {marker}"));
        Assert.Empty((await suite.GetOkJsonAsync("/api/v1/areas/shapes?level=buurt&year=2019")).GetProperty("features").EnumerateArray());
        // Newest first: one queued by an intruder would be on the first page.
        Assert.DoesNotContain(
            (await suite.GetOkJsonAsync("/api/v1/annual-reports?pageSize=200", office)).GetProperty("items").EnumerateArray(),
            r => r.GetProperty("introduction").GetString() == $"Indringer {marker}");
    }

    [Fact]
    public async Task EveryHistoryIsReadOnlySignedInByAnyPartnersEditorAndAnImportsByTheProgrammeOffice()
    {
        var id = Guid.CreateVersion7();
        var code = IndicatorsRoutesTests.NewCode();
        var histories = new[]
        {
            $"/api/v1/partners/{id}/history",
            $"/api/v1/measures/{id}/history",
            $"/api/v1/measures/{id}/reports/2025-H1/history",
            $"/api/v1/indicators/{code}/history",
            $"/api/v1/indicators/{code}/targets/WK001409/history",
            $"/api/v1/imports/{id}/history",
        };
        var document = await suite.GetOkJsonAsync("/openapi/v1.json");
        Assert.Equal(
            document.GetProperty("paths").EnumerateObject().Select(path => path.Name).Where(path => path.EndsWith("/history", StringComparison.Ordinal)).Order(),
            histories.Select(path => path.Replace(id.ToString(), "{id}", StringComparison.Ordinal).Replace(code, "{code}", StringComparison.Ordinal)
                .Replace("2025-H1", "{period}", StringComparison.Ordinal).Replace("WK001409", "{areaCode}", StringComparison.Ordinal)).Order());

        var refused = new Caller[]
        {
            new("no token", null, HttpStatusCode.Unauthorized),
            new("an expired token", await suite.TokenAsync("programme-office", lifetimeSeconds: -600), HttpStatusCode.Unauthorized),
            new("a forged token", GatewayClient.ForgedToken(), HttpStatusCode.Unauthorized),
            new("an unsigned token (alg none)", "eyJhbGciOiJub25lIn0.eyJyb2xlIjoicHJvZ3JhbW1lLW9mZmljZSJ9.", HttpStatusCode.Unauthorized),
            new("another partner's editor", await suite.EditorTokenAsync(GatewayClient.WerkPro), HttpStatusCode.OK),
        };
        var wrong = new List<string>();
        foreach (var path in histories)
        {
            foreach (var caller in refused)
            {
                using var response = await suite.SendWaitingOutTheLimitAsync(
                    () => Task.FromResult(Request(new WriteRoute(path, HttpMethod.Get, path, () => null, null), caller)));
                // The imports' records, and so their history, are the programme office's.
                var expected = caller.Expected == HttpStatusCode.OK && path.StartsWith("/api/v1/imports/", StringComparison.Ordinal)
                    ? HttpStatusCode.Forbidden
                    : caller.Expected;
                if (response.StatusCode != expected)
                {
                    wrong.Add($"{path} with {caller.Name}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task ADownloadIsReadByWhoMayReadItsJsonAndCarriesNoFormulaIntoASpreadsheet()
    {
        var office = await suite.OfficeTokenAsync();
        var id = Guid.CreateVersion7();
        var signedIn = new[]
        {
            $"/api/v1/measures/{id}/reports?format=csv",
            "/api/v1/periods/2025-H1/reports?format=xlsx",
            $"/api/v1/imports/{id}/issues?format=csv",
            "/api/v1/annual-reports",
            $"/api/v1/annual-reports/{id}",
            $"/api/v1/annual-reports/{id}/documents/pdf",
        };
        var callers = new Caller[]
        {
            new("no token", null, HttpStatusCode.Unauthorized),
            new("an expired token", await suite.TokenAsync("programme-office", lifetimeSeconds: -600), HttpStatusCode.Unauthorized),
            new("a forged token", GatewayClient.ForgedToken(), HttpStatusCode.Unauthorized),
        };
        var wrong = new List<string>();
        foreach (var path in signedIn)
        {
            foreach (var caller in callers)
            {
                using var response = await suite.SendWaitingOutTheLimitAsync(
                    () => Task.FromResult(Request(new WriteRoute(path, HttpMethod.Get, path, () => null, null), caller)));
                if (response.StatusCode != caller.Expected || response.Content.Headers.ContentDisposition is not null)
                {
                    wrong.Add($"{path} with {caller.Name}: {(int)response.StatusCode}");
                }
            }
        }

        using (var editor = await suite.SendAsync(HttpMethod.Get, signedIn[2], await suite.EditorTokenAsync(GatewayClient.WerkPro)))
        {
            if (editor.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{signedIn[2]} with a partner's editor: {(int)editor.StatusCode}");
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

        // A name a spreadsheet would run as a formula is text in both downloads.
        var name = $"=HYPERLINK(\"https://indringer.example/{Guid.NewGuid():N}\";\"klik\")";
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, PartnersRoutesTests.Lefier(name)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var csv = await suite.DownloadAsync("/api/v1/partners?format=csv&language=nl");
        Assert.Contains(csv.Rows, row => row["Naam"] == "'" + name);
        Assert.DoesNotContain(csv.Rows, row => row["Naam"] == name);
        var xlsx = await suite.DownloadAsync("/api/v1/partners?format=xlsx");
        Assert.Contains(xlsx.Rows, row => row["name"] == name);
    }

    private static HttpRequestMessage Request(WriteRoute route, Caller caller)
    {
        var request = new HttpRequestMessage(route.Method, route.Path) { Content = route.Body() };
        if (caller.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
        }

        if (route.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", route.IfMatch);
        }

        return request;
    }

    private async Task AssertUnchangedAsync(string path, string tag, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await suite.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tag, response.Headers.ETag!.Tag);
    }

    /// <summary>The changes the OpenAPI document offers (the development token route is no change to the programme's data).</summary>
    private async Task<IEnumerable<string>> DocumentedWriteRoutesAsync()
    {
        var document = await suite.GetOkJsonAsync("/openapi/v1.json");
        return document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject()
                .Select(operation => operation.Name.ToUpperInvariant())
                .Where(method => method is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(method => $"{method} {path.Name}"))
            .ToList();
    }

    private static HttpContent Json(object body) => System.Net.Http.Json.JsonContent.Create(body);

    private static HttpContent ImportForm()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("indicator,area,period,value,status\nwerkloosheid,BU00140900,2017JJ00,1,definitief\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "figures.csv" }, { new StringContent("long-csv"), "format" } };
    }

    private sealed record WriteRoute(string Name, HttpMethod Method, string Path, Func<HttpContent?> Body, string? IfMatch);

    private sealed record Caller(string Name, string? Token, HttpStatusCode Expected);
}
