using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Aspire.Hosting.ApplicationModel;

namespace Nplv.IntegrationTests.Telemetry;

/// <summary>The instruments an operator acts on, as the processes export them.</summary>
[Collection(SuiteCollection.Name)]
public sealed class MetricsTests(SuiteFixture suite)
{
    private const string GetMeasure = "nplv.measures.v1.MeasuresService/GetMeasure";

    [Fact]
    public async Task EveryGrpcCallIsTimedPerMethodAndStatusOnBothSides()
    {
        var office = await suite.OfficeTokenAsync();
        var id = await CreateMeasureAsync(office);
        using var found = await suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{id}", office);
        using var missing = await suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{Guid.NewGuid()}", office);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        foreach (var (service, instrument) in new[] { ("gateway", "rpc.client.call.duration"), ("measures", "rpc.server.call.duration") })
        {
            foreach (var status in new[] { "OK", "NOT_FOUND" })
            {
                await WaitForSeriesAsync(service, instrument, new()
                {
                    ["rpc.system.name"] = "grpc", ["rpc.method"] = GetMeasure, ["rpc.response.status_code"] = status,
                });
            }
        }
    }

    [Fact]
    public async Task CombinedViewsAreTimedAndTheirMissingPartsCounted()
    {
        var office = await suite.OfficeTokenAsync();
        var id = await CreateMeasureAsync(office);
        await suite.GetOkJsonAsync($"/api/v1/measures/{id}/overview");
        await WaitForSeriesAsync("gateway", "nplv.view.duration", new() { ["nplv.view"] = "measure", ["nplv.view.outcome"] = "complete" });

        var degradedId = await CreateMeasureAsync(office);
        await suite.ExecuteCommandAsync("partners", KnownResourceCommands.StopCommand);
        try
        {
            var overview = await suite.GetOkJsonAsync($"/api/v1/measures/{degradedId}/overview");
            Assert.Contains("partners", overview.GetProperty("degraded").EnumerateArray().Select(part => part.GetString()));
        }
        finally
        {
            await suite.StartAgainAsync("partners");
        }

        await WaitForSeriesAsync("gateway", "nplv.view.duration", new() { ["nplv.view"] = "measure", ["nplv.view.outcome"] = "degraded" });
        await WaitForSeriesAsync("gateway", "nplv.view.degraded_parts", new() { ["nplv.view"] = "measure", ["nplv.view.part"] = "partners" });
    }

    [Fact]
    public async Task ImportsReportTheirRowsRejectedRowsAndSpeed()
    {
        var office = await suite.OfficeTokenAsync();
        var longCsv = new Dictionary<string, string> { ["nplv.import.format"] = "long-csv" };
        // Imports of earlier tests count too: what this one adds is what it did.
        var before = Instruments.ToDictionary(instrument => instrument, instrument => Total("indicators", instrument, longCsv));

        // Rows for areas outside the programme: read and rejected, nothing written.
        var csv = """
            indicator,area,period,value,status,source
            geregistreerde-werkzoekenden,BU99999999,2017JJ00,1.5,definitief,Metrics test
            geregistreerde-werkzoekenden,BU99999998,2017JJ00,2.5,definitief,Metrics test
            """;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "buiten-het-programma.csv");
        form.Add(new StringContent("long-csv"), "format");
        using var accepted = await suite.SendAsync(HttpMethod.Post, "/api/v1/imports", office, form);
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());

        var added = await suite.Telemetry.WaitForAsync(
            _ =>
            {
                var now = Instruments.ToDictionary(instrument => instrument, instrument => Total("indicators", instrument, longCsv) - before[instrument]);
                return now["nplv.import.duration"] >= 1 && Total("indicators", "nplv.import.active", longCsv) == 0 ? now : null;
            },
            "the import's end in the indicators service's metrics");

        Assert.Equal(2, added["nplv.import.rows"]);
        Assert.Equal(2, added["nplv.import.rows_rejected"]);
        Assert.Equal(1, added["nplv.import.duration"]);
        Assert.Equal(1, added["nplv.import.throughput"]);
    }

    [Theory]
    [InlineData("partners")]
    [InlineData("measures")]
    [InlineData("indicators")]
    public async Task EachServiceReportsItsDatabasePool(string service)
    {
        await suite.GetOkJsonAsync("/api/v1/programme");
        var database = $"Database={service}db";
        await WaitForSeriesAsync(service, "db.client.connection.max", new(), series =>
            series.GetValueOrDefault("db.client.connection.pool.name", "").Contains(database, StringComparison.Ordinal));
        await WaitForSeriesAsync(service, "db.client.connection.count", new() { ["db.client.connection.state"] = "idle" }, series =>
            series.GetValueOrDefault("db.client.connection.pool.name", "").Contains(database, StringComparison.Ordinal));
    }

    private static readonly string[] Instruments =
        ["nplv.import.rows", "nplv.import.rows_rejected", "nplv.import.duration", "nplv.import.throughput"];

    /// <summary>The sum of the process's series of the instrument that have every one of <paramref name="attributes"/>.</summary>
    private double Total(string service, string instrument, Dictionary<string, string> attributes)
        => SeriesOf(service, instrument, attributes).Sum(series => series.Value);

    /// <summary>The process's series of the instrument, as last exported, that have every one of <paramref name="attributes"/>.</summary>
    private IEnumerable<CollectedSeries> SeriesOf(string service, string instrument, Dictionary<string, string> attributes)
        => suite.Telemetry.Metrics
            .Where(metric => metric.Service == service && metric.Name == instrument)
            .SelectMany(metric => metric.Series)
            .Where(series => attributes.All(pair => series.Attributes.TryGetValue(pair.Key, out var value) && value == pair.Value));

    private async Task<string> CreateMeasureAsync(string token)
    {
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", token,
            MeasuresRoutesTests.Measure("Gemeten maatregel " + Guid.NewGuid().ToString("N")[..6], GatewayClient.GemeenteGroningen));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Waits for a series of the process's instrument that has every one of <paramref name="attributes"/>.</summary>
    private Task WaitForSeriesAsync(
        string service, string instrument, Dictionary<string, string> attributes,
        Func<IReadOnlyDictionary<string, string>, bool>? also = null)
        => suite.Telemetry.WaitForAsync(
            _ => SeriesOf(service, instrument, attributes).FirstOrDefault(series => also is null || also(series.Attributes)),
            $"{service}'s {instrument} with {string.Join(", ", attributes.Select(a => $"{a.Key}={a.Value}"))}");
}
