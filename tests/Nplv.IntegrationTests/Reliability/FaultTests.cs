using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Core;
using Npgsql;
using Nplv.Indicators.V1;
using Xunit.Abstractions;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Faults injected into the running suite while it works: a service stopped, PostgreSQL restarted, a service slowed.</summary>
[Collection(SuiteCollection.Name)]
public sealed class FaultTests(SuiteFixture suite, ITestOutputHelper output)
{
    private const int Workers = 4;

    [Fact]
    public async Task AServiceStoppedUnderReadLoadDegradesTheViewsAndTheGatewayRecoversByItself()
    {
        var office = await suite.OfficeTokenAsync();
        var measure = await CreateMeasureAsync(office, "Leesbelasting " + Guid.NewGuid().ToString("N")[..6], Guid.NewGuid().ToString());
        // Each view is asked with a query of its own (the cache keys on every query value), so it is composed fresh
        // and fans out to the services, as a view no one asked for in the last seconds does.
        string[] paths = [$"/api/v1/measures/{measure}/overview", "/api/v1/programme", "/api/v1/partners", "/api/v1/measures?pageSize=20"];
        var phase = new Phase("before");
        var reads = new ConcurrentQueue<Read>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var n = worker; !stop.IsCancellationRequested; n++)
            {
                var path = paths[n % paths.Length];
                path = Kind(path) == "view" ? $"{path}?read={worker}-{n}" : path;
                var during = phase.Name;
                var timer = Stopwatch.StartNew();
                using var response = await suite.SendAsync(HttpMethod.Get, path, office);
                var body = await response.Content.ReadAsStringAsync();
                reads.Enqueue(new Read(during, path, response.StatusCode, timer.Elapsed, body));
            }
        })).ToList();

        await StopAndStartAgainAsync("partners", phase, down: TimeSpan.FromSeconds(8));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Report(reads.Select(read => (read.Phase, $"{(int)read.Status} {Kind(read.Path)}")));
        var views = reads.Where(read => Kind(read.Path) == "view").ToList();
        var partnerReads = reads.Where(read => Kind(read.Path) == "partners").ToList();
        Assert.All(views, read => Assert.True(read.Status == HttpStatusCode.OK, $"{read.Path} during {read.Phase}: {(int)read.Status} {read.Body}"));
        Assert.Contains(views, read => read.Phase == "partners stopped" && read.Degraded().Contains("partners"));
        Assert.All(partnerReads, read => Assert.True(
            read.Status == HttpStatusCode.OK || (read.Phase != "before" && read.Status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout),
            $"{read.Path} during {read.Phase}: {(int)read.Status} {read.Body}"));
        Assert.All(reads.Where(read => read.Path.StartsWith("/api/v1/measures?", StringComparison.Ordinal)), read => Assert.Equal(HttpStatusCode.OK, read.Status));

        // The view's deadline holds while a service is gone, and once it is back everything is whole with no one's help.
        // The views' deadline is 3 s; the margin is for two busy cores, far below what waiting out the outage would take.
        Assert.All(views, read => Assert.True(read.Elapsed < TimeSpan.FromSeconds(6), $"{read.Path} took {read.Elapsed} during {read.Phase}"));
        var after = reads.Where(read => read.Phase == "after").ToList();
        Assert.NotEmpty(after);
        Assert.All(after, read => Assert.True(read.Status == HttpStatusCode.OK && read.Degraded().Count == 0, $"after: {read.Path} {(int)read.Status} {read.Body}"));
    }

    [Fact]
    public async Task PostgresRestartedUnderWriteLoadLosesNoAcknowledgedWriteAndMakesNoneTwice()
    {
        var marker = "Schrijflast " + Guid.NewGuid().ToString("N")[..6];
        var phase = new Phase("before");
        var attempts = new ConcurrentQueue<(string Phase, string Outcome)>();
        var acknowledged = new ConcurrentDictionary<string, string>();
        using var stopStarting = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Workers).Select(writer => Task.Run(async () =>
        {
            var token = await suite.OfficeTokenAsync();
            var sent = 0;
            for (var n = 0; !stopStarting.IsCancellationRequested; n++)
            {
                if (sent > 20)
                {
                    // A new client well before its limit of 60 writes a minute; never between the tries of one key,
                    // which is its caller's own: under another token it would be a new request.
                    token = await suite.OfficeTokenAsync();
                    sent = 0;
                }

                // A write that was not acknowledged is sent again with its key until it is, backing off as a careful
                // client does; at most five writes a second per writer, so the load meets the restart with few rows.
                var key = Guid.NewGuid().ToString();
                var giveUp = DateTime.UtcNow.AddMinutes(2);
                for (var pause = TimeSpan.FromMilliseconds(200); ; pause = Min(pause * 2, TimeSpan.FromSeconds(2)))
                {
                    sent++;
                    var during = phase.Name;
                    using var response = await suite.SendAsync(
                        HttpMethod.Post, "/api/v1/measures", token,
                        MeasuresRoutesTests.Measure($"{marker} {writer}-{n}", GatewayClient.GemeenteGroningen), idempotencyKey: key);
                    attempts.Enqueue((during, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)));
                    var done = response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK;
                    if (done)
                    {
                        Assert.True(acknowledged.TryAdd(key, (await response.JsonAsync()).GetProperty("id").GetString()!));
                    }

                    Assert.True(done || DateTime.UtcNow < giveUp, $"a write is still refused: {(int)response.StatusCode}");
                    await Task.Delay(done ? TimeSpan.FromMilliseconds(200) : pause);
                    if (done)
                    {
                        break;
                    }
                }
            }
        })).ToList();

        await StopAndStartAgainAsync("postgres", phase, down: TimeSpan.FromSeconds(3));
        await stopStarting.CancelAsync();
        await Task.WhenAll(writers);

        Report(attempts);
        var unexpected = attempts.Where(a => a.Outcome is not ("201" or "503" or "504")).ToList();
        Assert.True(unexpected.Count == 0, "answers other than 201, 503 or 504: " + string.Join(", ", unexpected));
        Assert.Contains(attempts, a => a.Phase == "postgres stopped" && a.Outcome != "201");

        var rows = await MeasureIdsTitledAsync(marker);
        output.WriteLine($"writes acknowledged: {acknowledged.Count}, rows found: {rows.Count}");
        Assert.Equal(acknowledged.Values.Order(), rows.Order());
    }

    [Fact]
    public async Task DeadlinesHoldWhenAServiceAnswersLate()
    {
        var office = await suite.OfficeTokenAsync();
        var measure = await CreateMeasureAsync(office, "Trage dienst " + Guid.NewGuid().ToString("N")[..6], Guid.NewGuid().ToString());
        await suite.RestartWithLatencyAsync("indicators", TimeSpan.FromSeconds(30));
        try
        {
            // A plain read through the gateway: the client's attempt timeout (3 s) ends it, well inside its deadline (5 s).
            var (list, listTook) = await TimedAsync(() => suite.SendAsync(HttpMethod.Get, "/api/v1/indicators", office));
            await list.ProblemAsync(504);
            Assert.InRange(listTook, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(6));

            // A view answers within its own deadline (3 s), whole but for the slow part.
            var (overview, overviewTook) = await TimedAsync(() => suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{measure}/overview", office));
            Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
            Assert.Contains("indicators", (await overview.JsonAsync()).GetProperty("degraded").EnumerateArray().Select(part => part.GetString()));
            Assert.InRange(overviewTook, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(6));

            // A caller's own deadline reaches the service, which gives the call up at the deadline.
            var indicators = new IndicatorsService.IndicatorsServiceClient(suite.Channel("indicators"));
            var timer = Stopwatch.StartNew();
            var late = await Assert.ThrowsAsync<RpcException>(() => indicators.ListIndicatorsAsync(
                new ListIndicatorsRequest(), deadline: DateTime.UtcNow.AddSeconds(1)).ResponseAsync);
            Assert.Equal(StatusCode.DeadlineExceeded, late.StatusCode);
            Assert.InRange(timer.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
            output.WriteLine($"injected 30 s; gateway read {listTook.TotalSeconds:0.00} s, view {overviewTook.TotalSeconds:0.00} s, gRPC with 1 s deadline {timer.Elapsed.TotalSeconds:0.00} s");
        }
        finally
        {
            await suite.RestartWithLatencyAsync("indicators", null);
        }

        var (whole, _) = await TimedAsync(() => suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{measure}/overview", office));
        Assert.Empty((await whole.JsonAsync()).GetProperty("degraded").EnumerateArray());
    }

    /// <summary>
    /// Under load already running: two seconds as it is, then <paramref name="resource"/> stopped for
    /// <paramref name="down"/>, started again until the suite is whole, and two seconds more; each step named in
    /// <paramref name="phase"/> so every answer says when it came.
    /// </summary>
    private async Task StopAndStartAgainAsync(string resource, Phase phase, TimeSpan down)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        phase.Name = $"{resource} stopped";
        await suite.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand);
        await Task.Delay(down);
        phase.Name = $"{resource} starting";
        await suite.StartAgainAsync(resource);
        phase.Name = "after";
        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    private async Task<string> CreateMeasureAsync(string token, string title, string key)
    {
        using var created = await suite.SendAsync(
            HttpMethod.Post, "/api/v1/measures", token, MeasuresRoutesTests.Measure(title, GatewayClient.GemeenteGroningen), idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetString()!;
    }

    private async Task<List<string>> MeasureIdsTitledAsync(string prefix)
    {
        await using var connection = new NpgsqlConnection(await suite.App.GetConnectionStringAsync("measuresdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id::text FROM measures WHERE starts_with(title, @prefix)", connection);
        command.Parameters.AddWithValue("prefix", prefix + " ");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Took)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var timer = Stopwatch.StartNew();
        var response = await send();
        return (response, timer.Elapsed);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Kind(string path) => path.Split('?')[0] switch
    {
        var route when route.EndsWith("/overview", StringComparison.Ordinal) || route == "/api/v1/programme" => "view",
        "/api/v1/partners" => "partners",
        _ => "measures",
    };

    /// <summary>Answers counted per phase, for the record of the run.</summary>
    private void Report(IEnumerable<(string Phase, string Outcome)> outcomes)
    {
        foreach (var phase in outcomes.GroupBy(o => o.Phase))
        {
            output.WriteLine($"{phase.Key}: {phase.Count()} requests; " + string.Join(", ",
                phase.GroupBy(o => o.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}")));
        }
    }

    private sealed class Phase(string name)
    {
        private volatile string _name = name;

        public string Name { get => _name; set => _name = value; }
    }

    private sealed record Read(string Phase, string Path, HttpStatusCode Status, TimeSpan Elapsed, string Body)
    {
        /// <summary>The parts a view could not load; none for other reads.</summary>
        public List<string> Degraded()
            => Status == HttpStatusCode.OK && JsonDocument.Parse(Body).RootElement is { ValueKind: JsonValueKind.Object } view
               && view.TryGetProperty("degraded", out var parts)
                ? [.. parts.EnumerateArray().Select(part => part.GetString()!)]
                : [];
    }
}
