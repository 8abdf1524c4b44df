using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Nplv.IntegrationTests.Telemetry;
using Nplv.Testing;
using Nplv.Testing.Oidc;
using Nplv.Testing.StatLine;

namespace Nplv.IntegrationTests;

/// <summary>
/// The whole suite as the app host runs it: Debian's PostgreSQL as an executable resource (fresh data in a
/// temporary folder), the three gRPC services and the gateway; the indicators service reads its StatLine tables from
/// a local stand-in serving RIVM's 50090NED and CBS's 85984NED for GM0014.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    public static readonly string[] Resources = ["postgres", "partners", "measures", "indicators", "gateway"];
    public const string FrontendOrigin = "http://localhost:5173";

    /// <summary>Above the gateway's usual 1 MiB request limit, and small enough to go over in a test.</summary>
    public const long MaxImportFileBytes = 3 * 1024 * 1024;

    /// <summary>Imports the gateway runs at a time: few, so a test can take them all.</summary>
    public const int MaxConcurrentImports = 2;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("nplv-suite-pg-").FullName;
    private readonly List<GrpcChannel> _channels = [];
    private readonly Dictionary<string, TimeSpan> _injectedLatency = [];

    /// <summary>The gateway's folder of uploads, holding before it starts what a crashed gateway left behind.</summary>
    public string UploadDirectory { get; } = Directory.CreateTempSubdirectory("nplv-suite-uploads-").FullName;

    /// <summary>An upload another gateway still holds open (this process stands in for it) while the suite runs.</summary>
    public FileStream HeldUpload { get; private set; } = null!;

    public string LeftoverUpload => Path.Combine(UploadDirectory, "left-over.upload");

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>Where every process of the suite sends its traces, metrics and logs.</summary>
    public TelemetryCollector Telemetry { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The pages' client id at <see cref="Oidc"/>.</summary>
    public const string WebClientId = "nplv-web";

    /// <summary>A WerkPro editor and a programme officer who sign in at the organisation's provider.</summary>
    public static readonly OidcAccount WerkProEditor = new("wim", "wim-wachtwoord", "Wim WerkPro", "partner-editor", GatewayClient.WerkPro);
    public static readonly OidcAccount ProgrammeOfficer = new("petra", "petra-wachtwoord", "Petra Bureau", "programme-office");

    /// <summary>The organisation's OpenID Connect provider, which the gateway accepts tokens of and the pages sign in with.</summary>
    public OidcProvider Oidc { get; private set; } = null!;

    /// <summary>The StatLine the indicators service reads tables from.</summary>
    public StatLineStandIn StatLine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(LeftoverUpload, "an upload of a gateway that crashed");
        File.SetLastWriteTimeUtc(LeftoverUpload, DateTime.UtcNow.AddHours(-1));
        var held = Path.Combine(UploadDirectory, "held.upload");
        File.WriteAllText(held, "an upload another gateway is sending on");
        File.SetLastWriteTimeUtc(held, DateTime.UtcNow.AddHours(-1));
        HeldUpload = new FileStream(held, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Nplv_AppHost>(
            [
                "--Postgres:Mode=local",
                $"--Postgres:DataDirectory={_dataDirectory}",
                $"--Postgres:Port={FreePort.Next()}",
                // Given, so the test run never generates (and stores) a key of its own.
                $"--Parameters:gateway-signing-key={Convert.ToHexString(RandomNumberGenerator.GetBytes(32))}",
            ],
            (options, _) => options.DisableDashboard = true);
        Telemetry = await TelemetryCollector.StartAsync();
        Oidc = await OidcProvider.StartAsync();
        Oidc.AddAccount(WerkProEditor);
        Oidc.AddAccount(ProgrammeOfficer);
        StatLine = await StatLineStandIn.StartAsync();
        StatLine.Serve("dataderden", StatLineTableData.Rivm50090());
        StatLine.Serve("cbs", StatLineTableData.Kwb2024());
        var indicators = builder.CreateResourceBuilder<ProjectResource>("indicators");
        foreach (var (key, value) in StatLine.Settings)
        {
            indicators.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
        }

        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Telemetry.Endpoint.ToString())
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "200")
                .WithEnvironment("OTEL_BLRP_SCHEDULE_DELAY", "200")
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "1000");
        }

        foreach (var service in new[] { "partners", "measures", "indicators" })
        {
            // Read at each start, so a test can start a service again slowed (see RestartWithLatencyAsync).
            builder.CreateResourceBuilder<ProjectResource>(service).WithEnvironment(context =>
            {
                if (_injectedLatency.TryGetValue(service, out var latency))
                {
                    context.EnvironmentVariables["Chaos__Latency__Enabled"] = "true";
                    context.EnvironmentVariables["Chaos__Latency__InjectionRate"] = "1";
                    context.EnvironmentVariables["Chaos__Latency__Latency"] = latency.ToString("c");
                }
            });
        }

        builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("Cors__AllowedOrigins__0", FrontendOrigin)
            .WithEnvironment("Gateway__Imports__MaxFileBytes", MaxImportFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Gateway__Imports__MaxConcurrent", MaxConcurrentImports.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Gateway__Imports__TempDirectory", UploadDirectory)
            // The organisation's provider beside the development tokens, as a deployment configures it.
            .WithEnvironment("Authentication__Schemes__Bearer__Authority", Oidc.Issuer.ToString())
            .WithEnvironment("Authentication__Schemes__Bearer__RequireHttpsMetadata", "false")
            .WithEnvironment("Authentication__Schemes__Bearer__ValidAudiences__0", OidcProvider.Audience)
            .WithEnvironment("Auth__Oidc__ClientId", WebClientId)
            .WithEnvironment("Auth__Oidc__Scope", $"openid profile {OidcProvider.ProgrammeScope}")
            .WithEnvironment("Auth__Oidc__DisplayName", "Gemeente Groningen");

        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        foreach (var resource in Resources)
        {
            await WaitUntilHealthyAsync(resource, timeout.Token);
        }

        Gateway = App.CreateHttpClient("gateway");
        await Oidc.RegisterClientAsync(WebClientId, new Uri(Gateway.BaseAddress!, "aangemeld"), new Uri(Gateway.BaseAddress!, "/"));
    }

    /// <summary>A gRPC channel straight to one of the services (h2c, through the app host's proxy).</summary>
    public GrpcChannel Channel(string service)
    {
        var channel = GrpcChannel.ForAddress(App.GetEndpoint(service, "http"));
        _channels.Add(channel);
        return channel;
    }

    public async Task DisposeAsync()
    {
        _channels.ForEach(channel => channel.Dispose());
        Gateway?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        if (Telemetry is not null)
        {
            await Telemetry.DisposeAsync();
        }

        if (StatLine is not null)
        {
            await StatLine.DisposeAsync();
        }

        if (Oidc is not null)
        {
            await Oidc.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
        await HeldUpload.DisposeAsync();
        Directory.Delete(UploadDirectory, recursive: true);
    }

    public async Task WaitUntilHealthyAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, timeout.Token);
    }

    /// <summary>
    /// Starts a service again with every call it answers delayed by <paramref name="latency"/> (the services' chaos
    /// latency), or, with null, without; with null it then waits until the suite is whole.
    /// </summary>
    public async Task RestartWithLatencyAsync(string service, TimeSpan? latency)
    {
        await ExecuteCommandAsync(service, KnownResourceCommands.StopCommand);
        if (latency is { } delay)
        {
            _injectedLatency[service] = delay;
            await StartAgainAsync(service, untilReadsAnswer: false);
        }
        else
        {
            _injectedLatency.Remove(service);
            await StartAgainAsync(service);
        }
    }

    /// <summary>
    /// Starts a stopped resource again, then waits until every resource is healthy and (unless told not to) the gateway
    /// reads through each service again (its circuit breakers closed, its connections made anew), so the next test
    /// finds the suite whole.
    /// </summary>
    public async Task StartAgainAsync(string resourceName, bool untilReadsAnswer = true)
    {
        await ExecuteCommandAsync(resourceName, KnownResourceCommands.StartCommand);
        using var timeout = new CancellationTokenSource(StartTimeout);
        foreach (var resource in Resources)
        {
            // Just after the start command a resource may still show how it stopped: wait past that, not fail on it.
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, WaitBehavior.WaitOnResourceUnavailable, timeout.Token);
        }

        if (!untilReadsAnswer)
        {
            return;
        }

        string[] reads = ["/api/v1/partners", "/api/v1/measures", "/api/v1/indicators"];
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            var answers = await Task.WhenAll(reads.Select(async path =>
            {
                using var response = await Gateway.GetAsync(path);
                return response.StatusCode;
            }));
            if (answers.All(status => status == System.Net.HttpStatusCode.OK))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the gateway still answers {string.Join(", ", answers)} after {resourceName} started again");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Stops or starts one resource, as the dashboard's buttons do.</summary>
    public async Task ExecuteCommandAsync(string resourceName, string command)
    {
        var resource = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == resourceName);
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, command);
        Assert.True(result.Success, $"{command} {resourceName}: {result.Message}");
    }
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>, ICollectionFixture<Browser.BrowserFixture>
{
    public const string Name = "whole suite";
}
