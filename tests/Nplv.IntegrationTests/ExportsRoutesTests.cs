using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Nplv.IntegrationTests;

/// <summary>Every table downloads as CSV and as XLSX, and reads back as the same rows its JSON route gives.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ExportsRoutesTests(SuiteFixture suite)
{
    [Fact]
    public async Task MeasuresAndPartnersDownloadAsTheRowsOfTheirJsonRoutes()
    {
        var office = await suite.OfficeTokenAsync();
        var title = "Export " + Guid.NewGuid().ToString("N")[..6];
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office, MeasuresRoutesTests.Measure(title, GatewayClient.GemeenteGroningen)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var json = await suite.ListAllAsync("/api/v1/measures?theme=werk");
        var csv = await suite.DownloadAsync("/api/v1/measures?theme=werk&format=csv");
        var xlsx = await suite.DownloadAsync("/api/v1/measures?theme=werk", accept: DownloadedTable.XlsxType);

        Assert.Matches(@"^measures-\d{4}-\d{2}-\d{2}\.csv$", csv.FileName);
        Assert.EndsWith(".xlsx", xlsx.FileName);
        Assert.Equal(csv.Headers, xlsx.Headers);
        Assert.Equal(json.Select(m => m.GetProperty("id").GetString()), csv.Rows.Select(row => row["id"]));
        Assert.Equal(json.Select(m => m.GetProperty("id").GetString()), xlsx.Rows.Select(row => row["id"]));
        var partnerNames = (await suite.ListAllAsync("/api/v1/partners?includeArchived=true"))
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("name").GetString()!);
        foreach (var (measure, index) in json.Select((measure, index) => (measure, index)))
        {
            foreach (var row in new[] { csv.Rows[index], xlsx.Rows[index] })
            {
                var measureTitle = measure.GetProperty("title").GetString()!;
                Assert.Equal(ReferenceEquals(row, csv.Rows[index]) ? Downloads.AsCsvText(measureTitle) : measureTitle, row["title"]);
                Assert.Equal(measure.GetProperty("theme").GetString(), row["theme"]);
                Assert.Equal(measure.GetProperty("status").GetString(), row["status"]);
                Assert.Equal(measure.GetProperty("leadPartnerId").GetString(), row["leadPartnerId"]);
                Assert.Equal(partnerNames[measure.GetProperty("leadPartnerId").GetString()!], row["leadPartnerName"]);
                Assert.Equal(string.Join(", ", measure.GetProperty("areaCodes").EnumerateArray().Select(a => a.GetString())), row["areaCodes"]);
                var budget = measure.GetProperty("funding").EnumerateArray().Sum(line => line.GetProperty("amountCents").GetInt64()) / 100m;
                Assert.Equal(budget, decimal.Parse(row["budgetEuros"], CultureInfo.InvariantCulture));
                Assert.Equal(measure.GetProperty("milestones").GetArrayLength().ToString(CultureInfo.InvariantCulture), row["milestones"]);
                Assert.Equal(measure.GetProperty("version").GetInt64().ToString(CultureInfo.InvariantCulture), row["version"]);
            }

            Assert.Equal(measure.GetProperty("startDate").GetString() ?? "", csv.Rows[index]["startDate"]);
        }

        Assert.Contains(csv.Rows, row => row["title"] == title && row["budgetEuros"] == "125000" && row["participants"] == "WerkPro");

        // The dashboard's download: Dutch headers and labels, semicolons; the same partners as the JSON.
        var partners = await suite.ListAllAsync("/api/v1/partners");
        var dutch = await suite.DownloadAsync("/api/v1/partners?format=csv&language=nl");
        Assert.Matches(@"^partners-\d{4}-\d{2}-\d{2}\.csv$", dutch.FileName);
        Assert.Equal(["Id", "Naam", "Soort", "Rol", "Website", "Contactpersonen", "Gearchiveerd", "Versie", "Bijgewerkt"], dutch.Headers);
        Assert.Equal(partners.Select(p => Downloads.AsCsvText(p.GetProperty("name").GetString()!)), dutch.Rows.Select(row => row["Naam"]));
        Assert.Equal("Gemeente", dutch.Rows.Single(row => row["Id"] == GatewayClient.GemeenteGroningen)["Soort"]);
        Assert.All(dutch.Rows, row => Assert.Equal("nee", row["Gearchiveerd"]));
    }

    [Fact]
    public async Task AnIndicatorsSeriesAndTargetsDownloadWithTheirSourcesAndStatuses()
    {
        const string series = "/api/v1/indicators/geregistreerde-werkzoekenden/series?area=GM0014&area=WK001410";
        var json = await suite.GetOkJsonAsync(series);
        var points = json.GetProperty("series").EnumerateArray()
            .SelectMany(area => area.GetProperty("points").EnumerateArray().Select(point => (area: area.GetProperty("areaCode").GetString()!, point)))
            .ToList();
        Assert.NotEmpty(points);

        foreach (var table in new[] { await suite.DownloadAsync(series + "&format=csv"), await suite.DownloadAsync(series + "&format=xlsx") })
        {
            Assert.StartsWith("series-geregistreerde-werkzoekenden-", table.FileName);
            Assert.Equal(points.Count, table.Rows.Count);
            foreach (var ((area, point), row) in points.Zip(table.Rows))
            {
                Assert.Equal(area, row["areaCode"]);
                Assert.Equal(point.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), row["year"]);
                var value = point.GetProperty("value");
                Assert.Equal(value.ValueKind == JsonValueKind.Null ? "" : Downloads.Number(value.GetDouble()), row["value"] == "" ? "" : Downloads.Number(double.Parse(row["value"], CultureInfo.InvariantCulture)));
                Assert.Equal(point.GetProperty("status").GetString(), row["status"]);
                Assert.Equal(point.GetProperty("source").GetString(), row["source"]);
            }

            Assert.Equal("Groningen", table.Rows.First(row => row["areaCode"] == "GM0014")["areaName"]);
        }

        // A target set through the front door downloads beside its indicator's JSON list.
        var office = await suite.OfficeTokenAsync();
        var code = IndicatorsRoutesTests.NewCode();
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, IndicatorsRoutesTests.Indicator(code)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var set = await suite.SendAsync(HttpMethod.Put, $"/api/v1/indicators/{code}/targets/WK001409", office, IndicatorsRoutesTests.Target()))
        {
            Assert.Equal(HttpStatusCode.Created, set.StatusCode);
        }

        var targets = (await suite.GetOkJsonAsync($"/api/v1/indicators/{code}/targets")).EnumerateArray().ToList();
        var targetsTable = await suite.DownloadAsync($"/api/v1/indicators/{code}/targets?format=xlsx&language=nl");
        var targetRow = Assert.Single(targetsTable.Rows);
        Assert.Equal(targets[0].GetProperty("areaCode").GetString(), targetRow["Gebiedscode"]);
        Assert.Equal(Downloads.Number(targets[0].GetProperty("target").GetProperty("baselineValue").GetDouble()), targetRow["Nulmeting"]);
        Assert.Equal(Downloads.Number(targets[0].GetProperty("target").GetProperty("absoluteGoal").GetDouble()), targetRow["Doel (waarde)"]);
        Assert.Equal("Te weinig gegevens", targetRow["Status"]);
        Assert.Equal("insufficient_data", targets[0].GetProperty("target").GetProperty("status").GetString());

        // Asked with an Accept header alone, the indicator list is CSV too.
        var indicators = await suite.ListAllAsync("/api/v1/indicators");
        var listed = await suite.DownloadAsync("/api/v1/indicators", accept: "text/csv");
        Assert.Equal(indicators.Select(i => i.GetProperty("code").GetString()), listed.Rows.Select(row => row["code"]));
        Assert.Equal(indicators.Select(i => i.GetProperty("source").GetProperty("dataset").GetString()), listed.Rows.Select(row => row["source.dataset"]));
    }

    [Fact]
    public async Task EveryObservedFigureStreamsAsTheRowsOfItsJsonArrayWithItsSourceAndStatus()
    {
        const string areas = "area=WK001410&area=GM0014&area=BU00141000";
        const string path = "/api/v1/observations?indicator=geregistreerde-werkzoekenden&" + areas;
        var json = (await suite.GetOkJsonAsync(path)).EnumerateArray().ToList();

        // The same figures as the series' observed points, by area and year.
        var series = await suite.GetOkJsonAsync("/api/v1/indicators/geregistreerde-werkzoekenden/series?" + areas);
        var observed = series.GetProperty("series").EnumerateArray()
            .SelectMany(area => area.GetProperty("points").EnumerateArray()
                .Where(point => !point.GetProperty("derived").GetBoolean())
                .Select(point => (Area: area.GetProperty("areaCode").GetString()!, Point: point)))
            .OrderBy(item => item.Area, StringComparer.Ordinal).ThenBy(item => item.Point.GetProperty("year").GetInt32())
            .ToList();
        Assert.True(observed.Count >= 2, $"{observed.Count} figures");
        Assert.Equal(
            observed.Select(item => $"{item.Area} {item.Point.GetProperty("year")} {item.Point.GetProperty("value")} {item.Point.GetProperty("status")} {item.Point.GetProperty("source")}"),
            json.Select(o => $"{o.GetProperty("areaCode")} {o.GetProperty("year")} {o.GetProperty("value")} {o.GetProperty("status")} {o.GetProperty("source")}"));
        Assert.All(json, o => Assert.Equal("geregistreerde-werkzoekenden", o.GetProperty("indicatorCode").GetString()));

        foreach (var table in new[] { await suite.DownloadAsync(path + "&format=csv"), await suite.DownloadAsync(path, accept: DownloadedTable.XlsxType) })
        {
            Assert.Matches(@"^observations-\d{4}-\d{2}-\d{2}\.(csv|xlsx)$", table.FileName);
            Assert.Equal(["indicatorCode", "areaCode", "year", "value", "status", "source"], table.Headers);
            Assert.Equal(json.Count, table.Rows.Count);
            foreach (var (figure, row) in json.Zip(table.Rows))
            {
                Assert.Equal(figure.GetProperty("areaCode").GetString(), row["areaCode"]);
                Assert.Equal(figure.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), row["year"]);
                var value = figure.GetProperty("value");
                Assert.Equal(value.ValueKind == JsonValueKind.Null ? "" : Downloads.Number(value.GetDouble()), row["value"] == "" ? "" : Downloads.Number(double.Parse(row["value"], CultureInfo.InvariantCulture)));
                Assert.Equal(figure.GetProperty("status").GetString(), row["status"]);
                Assert.Equal(figure.GetProperty("source").GetString(), row["source"]);
            }
        }

        var dutch = await suite.DownloadAsync(path + "&format=csv&language=nl");
        Assert.Matches(@"^waarnemingen-\d{4}-\d{2}-\d{2}\.csv$", dutch.FileName);
        Assert.Equal(["Indicator", "Gebiedscode", "Jaar", "Waarde", "Status", "Bron"], dutch.Headers);
        Assert.Equal(json.Count, dutch.Rows.Count);

        // Without an indicator or area the stream holds every figure; a year narrows it.
        var year = json[0].GetProperty("year").GetInt32();
        var all = await suite.DownloadAsync($"/api/v1/observations?from={year}&to={year}&format=csv");
        Assert.All(all.Rows, row => Assert.Equal(year.ToString(CultureInfo.InvariantCulture), row["year"]));
        Assert.Contains(all.Rows, row => row["indicatorCode"] == "geregistreerde-werkzoekenden" && row["areaCode"] == json[0].GetProperty("areaCode").GetString());
    }

    [Fact]
    public async Task AMeasuresReportsAndThePeriodOverviewDownloadForTheSignedIn()
    {
        var office = await suite.OfficeTokenAsync("Petra Bureau");
        var editor = await suite.EditorTokenAsync(GatewayClient.WerkPro, "Wim WerkPro");
        var code = ReportsRoutesTests.NewPeriodCode();
        using (var period = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, ReportsRoutesTests.Period(code)))
        {
            Assert.Equal(HttpStatusCode.Created, period.StatusCode);
        }

        var id = await new ReportsRoutesTests(suite).RunningMeasureAsync(office, "Export verslagen " + Guid.NewGuid().ToString("N")[..6]);
        using (var written = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}/reports/{code}", editor, ReportsRoutesTests.Report("Tien \"taalgroepen\"; veertig deelnemers,\nen een kookcursus.")))
        {
            Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        }

        var reports = await suite.GetOkJsonAsync($"/api/v1/measures/{id}/reports", editor);
        var report = Assert.Single(reports.GetProperty("items").EnumerateArray());
        var reportRow = Assert.Single((await suite.DownloadAsync($"/api/v1/measures/{id}/reports?format=csv", editor)).Rows);
        Assert.Equal(report.GetProperty("done").GetString(), reportRow["done"]);
        Assert.Equal(report.GetProperty("state").GetString(), reportRow["state"]);
        Assert.Equal(code, reportRow["period"]);
        Assert.Equal("80000", reportRow["spentEuros"]);
        Assert.Equal("120", reportRow["peopleReached"]);
        Assert.Equal("Wim WerkPro", reportRow["lastEditor.name"]);
        var dutchReport = Assert.Single((await suite.DownloadAsync($"/api/v1/measures/{id}/reports?format=xlsx&language=nl", editor)).Rows);
        Assert.Equal("Concept", dutchReport["Status"]);
        Assert.Equal("Risico", dutchReport["Voortgang"]);

        var overview = await suite.GetOkJsonAsync($"/api/v1/periods/{code}/reports", editor);
        var overviewTable = await suite.DownloadAsync($"/api/v1/periods/{code}/reports?format=csv&language=nl", editor);
        Assert.StartsWith($"rapportages-periode-{code}-", overviewTable.FileName);
        Assert.Equal(overview.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("measureId").GetString()), overviewTable.Rows.Select(row => row["Maatregel (id)"]));
        var ours = overviewTable.Rows.Single(row => row["Maatregel (id)"] == id);
        Assert.Equal("Concept", ours["Status"]);
        Assert.Equal("ja", ours["Te laat"]);

        // Who may not read the JSON may not download it either.
        using var anonymous = await suite.SendAsync(HttpMethod.Get, $"/api/v1/periods/{code}/reports?format=csv");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task EveryDownloadIsDocumentedInOpenApiWithItsFormatsAndParameters()
    {
        var document = await suite.GetOkJsonAsync("/openapi/v1.json");
        string[] routes =
        [
            "/api/v1/measures", "/api/v1/partners", "/api/v1/indicators", "/api/v1/indicators/{code}/series",
            "/api/v1/indicators/{code}/targets", "/api/v1/measures/{id}/reports", "/api/v1/periods/{code}/reports",
            "/api/v1/imports/{id}/issues", "/api/v1/observations",
        ];
        foreach (var route in routes)
        {
            var get = document.GetProperty("paths").GetProperty(route).GetProperty("get");
            var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.True(parameters.Contains("format") && parameters.Contains("language"), $"{route}: {string.Join(", ", parameters)}");
            var content = get.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();
            Assert.True(content.Contains("application/json") && content.Contains("text/csv") && content.Contains(DownloadedTable.XlsxType), $"{route}: {string.Join(", ", content)}");
        }
    }

    [Theory]
    [InlineData("/api/v1/measures?format=pdf", "format")]
    [InlineData("/api/v1/partners?format=csv&language=fr", "language")]
    [InlineData("/api/v1/indicators?format=", null)]
    [InlineData("/api/v1/indicators/geregistreerde-werkzoekenden/series?area=GM0014&format=docx", "format")]
    [InlineData("/api/v1/observations?indicator=geregistreerde-werkzoekenden&indicator=bestaat-niet&format=csv", "indicator[1]")]
    [InlineData("/api/v1/observations?area=WK999999", "area[0]")]
    [InlineData("/api/v1/observations?from=2020&to=2019&format=csv", "to")]
    [InlineData("/api/v1/observations?format=xls", "format")]
    public async Task ABadDownloadQueryIsA400NamingItsParameter(string path, string? field)
    {
        using var response = await suite.Gateway.GetAsync(path);
        if (field is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            return;
        }

        var problem = await response.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
