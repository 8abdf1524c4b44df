using System.Diagnostics;
using System.Net;
using Grpc.Health.V1;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;
using Xunit.Abstractions;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Thousands of generated bad inputs, through the gateway and straight to the services: each is refused as the
/// client's error, no row of any database changes, and the services answer as before afterwards. The inputs come from
/// one seed, so a failure names requests that can be sent again.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class BadInputTests(SuiteFixture suite, ITestOutputHelper output)
{
    private const int Seed = 20_251_129;
    private const int Parallelism = 8;
    private const int MinimumGatewayRequests = 10_000;
    private const int GrpcCalls = 2_400;

    [Fact]
    public async Task TenThousandMalformedGatewayRequestsAreEachRefusedWithA4xxAndChangeNoData()
    {
        // A period for the report routes, made before the snapshot: the barrage must add nothing to it.
        var period = ReportsRoutesTests.NewPeriodCode();
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", await suite.OfficeTokenAsync(), ReportsRoutesTests.Period(period)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var known = await KnownEntities.ReadAsync(suite);
        // And a report in concept, for the attachment routes.
        using (var report = await suite.SendAsync(
            HttpMethod.Put, $"/api/v1/measures/{known.Measures[0].Id}/reports/{period}", await suite.OfficeTokenAsync(), new { done = "Voor de slechte invoer." }))
        {
            Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        }

        var requests = new MalformedRequests(known, period, Seed);
        Assert.True(requests.Count >= MinimumGatewayRequests, $"only {requests.Count} requests planned");
        var before = await SnapshotAsync();
        var barrage = new GatewayBarrage(suite, Parallelism);
        var clock = Stopwatch.StartNew();

        await barrage.SendAsync(requests.All());

        output.WriteLine($"{barrage.Report.Sent} requests in {clock.Elapsed.TotalSeconds:F1} s, {barrage.TokensUsed} tokens, seed {Seed}:");
        output.WriteLine(barrage.Report.Summary());
        AssertRefusedWithoutChanges(barrage.Report, (await DatabaseSnapshot.CaptureAsync(suite)).ChangesSince(before));
        Assert.True(barrage.Report.Sent >= MinimumGatewayRequests);
        using var health = await suite.Gateway.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task MalformedGrpcMessagesEndInClientErrorsChangeNoDataAndLeaveTheServicesServing()
    {
        // A period for the report calls, made before the snapshot, so their defects are what refuses them.
        var period = ReportsRoutesTests.NewPeriodCode();
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", await suite.OfficeTokenAsync(), ReportsRoutesTests.Period(period)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var rawHttp2 = new HttpClient();
        var targets = GrpcTargets.Of(suite, rawHttp2);
        var calls = new MalformedGrpcMessages(await GrpcKnownEntities.ReadAsync(targets), period, Seed);
        var before = await SnapshotAsync();
        var barrage = new GrpcBarrage(targets, Parallelism);
        var clock = Stopwatch.StartNew();

        await barrage.SendAsync(calls.All(GrpcCalls));

        output.WriteLine($"{barrage.Report.Sent} calls in {clock.Elapsed.TotalSeconds:F1} s, seed {Seed}:");
        output.WriteLine(barrage.Report.Summary());
        AssertRefusedWithoutChanges(barrage.Report, (await DatabaseSnapshot.CaptureAsync(suite)).ChangesSince(before));
        await targets.PartnersClient.GetPartnerAsync(new GetPartnerRequest { Id = GatewayClient.GemeenteGroningen });
        await targets.MeasuresClient.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 1 });
        await targets.IndicatorsClient.GetAreaAsync(new GetAreaRequest { Code = "GM0014" });
        foreach (var channel in new[] { targets.Partners, targets.Measures, targets.Indicators })
        {
            var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        }
    }

    private async Task<DatabaseSnapshot> SnapshotAsync()
    {
        await DatabaseSnapshot.WaitForRunningImportsAsync(suite);
        return await DatabaseSnapshot.CaptureAsync(suite);
    }

    private static void AssertRefusedWithoutChanges(BarrageReport report, IReadOnlyList<string> changes)
    {
        var problems = new List<string>();
        if (report.FailureCount > 0)
        {
            problems.Add(report.Failures());
        }

        if (changes.Count > 0)
        {
            problems.Add("Tables changed: " + string.Join("; ", changes));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
