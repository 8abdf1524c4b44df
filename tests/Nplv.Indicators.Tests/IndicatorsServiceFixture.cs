using Npgsql;
using Nplv.Indicators.Grpc;
using Nplv.Indicators.V1;
using Nplv.Testing;
using Nplv.Testing.StatLine;

namespace Nplv.Indicators.Tests;

/// <summary>The indicators service on a real gRPC channel, over a throw-away PostgreSQL server.</summary>
public class IndicatorsServiceFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;
    private GrpcServiceFactory<IndicatorsGrpcService>? _service;

    /// <summary>Observation streams the service runs at once: few, so a test can reach the bound.</summary>
    public const int MaxConcurrentStreams = 2;

    public IndicatorsService.IndicatorsServiceClient Client { get; private set; } = null!;

    /// <summary>The same process's ImportsService.</summary>
    public ImportsService.ImportsServiceClient Imports { get; private set; } = null!;

    public GrpcServiceFactory<IndicatorsGrpcService> Service => _service!;

    public NpgsqlDataSource Database { get; private set; } = null!;

    /// <summary>The local StatLine the service reads its tables from.</summary>
    public StatLineStandIn StatLine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        StatLine = await StatLineStandIn.StartAsync();
        _service = new GrpcServiceFactory<IndicatorsGrpcService>(new Dictionary<string, string?>(StatLine.Settings)
        {
            ["ConnectionStrings:indicatorsdb"] = _postgres.ConnectionString("indicatorsdb"),
            [ObservationStreamSlots.Setting] = MaxConcurrentStreams.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Client = new IndicatorsService.IndicatorsServiceClient(_service.Channel);
        Imports = new ImportsService.ImportsServiceClient(_service.Channel);
        Database = NpgsqlDataSource.Create(_postgres.ConnectionString("indicatorsdb"));
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await Database.DisposeAsync();
            await _service.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (StatLine is not null)
        {
            await StatLine.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class IndicatorsServiceCollection : ICollectionFixture<IndicatorsServiceFixture>
{
    public const string Name = "indicators service";
}

/// <summary>
/// A service and database of their own for the tests that load whole public tables, whose areas and figures would
/// change what the other tests count.
/// </summary>
public sealed class OwnIndicatorsServiceFixture : IndicatorsServiceFixture;
