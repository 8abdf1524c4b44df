using System.Net;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Health.V1;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace Nplv.IntegrationTests.Telemetry;

/// <summary>
/// Readiness (<c>/health</c>, gRPC health service "") includes the database; liveness (<c>/alive</c>, "liveness") does
/// not, so an orchestrator takes a service out of rotation while its database is away instead of restarting it.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class HealthTests(SuiteFixture suite)
{
    // GrpcServerExtensions.LivenessService: the name Kubernetes' grpc liveness probes ask for.
    private const string LivenessService = "liveness";
    private static readonly string[] Services = ["partners", "measures", "indicators"];
    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(30);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Grpc.Net.Client.GrpcChannel> _channels = new();

    [Fact]
    public async Task WithoutItsDatabaseAServiceIsAliveButNotReady()
    {
        foreach (var service in Services)
        {
            Assert.Equal((ServingStatus.Serving, ServingStatus.Serving), await GrpcHealthAsync(service));
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), await HttpHealthAsync(service));
        }

        await suite.ExecuteCommandAsync("postgres", KnownResourceCommands.StopCommand);
        try
        {
            foreach (var service in Services)
            {
                var deadline = DateTime.UtcNow + NoticeTimeout;
                while (await GrpcHealthAsync(service) is (ServingStatus.Serving, _) && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250));
                }

                Assert.Equal((ServingStatus.NotServing, ServingStatus.Serving), await GrpcHealthAsync(service));
                Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), await HttpHealthAsync(service));
            }
        }
        finally
        {
            await suite.StartAgainAsync("postgres");
        }

        foreach (var service in Services)
        {
            Assert.Equal((ServingStatus.Serving, ServingStatus.Serving), await GrpcHealthAsync(service));
        }
    }

    private async Task<(ServingStatus Readiness, ServingStatus Liveness)> GrpcHealthAsync(string service)
    {
        var health = new Health.HealthClient(_channels.GetOrAdd(service, suite.Channel));
        var readiness = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
        var liveness = await health.CheckAsync(
            new HealthCheckRequest { Service = LivenessService }, deadline: DateTime.UtcNow.AddSeconds(10));
        return (readiness.Status, liveness.Status);
    }

    /// <summary>The HTTP endpoints, over HTTP/2 without TLS as the services speak it.</summary>
    private async Task<(HttpStatusCode Readiness, HttpStatusCode Liveness)> HttpHealthAsync(string service)
    {
        using var client = new HttpClient
        {
            BaseAddress = suite.App.GetEndpoint(service, "http"),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var readiness = await client.GetAsync("/health");
        using var liveness = await client.GetAsync("/alive");
        return (readiness.StatusCode, liveness.StatusCode);
    }
}
