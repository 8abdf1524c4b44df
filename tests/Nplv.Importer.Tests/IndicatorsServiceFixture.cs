using Nplv.Indicators.Grpc;
using Nplv.Indicators.V1;
using Nplv.Testing;
using Nplv.Testing.StatLine;

namespace Nplv.Importer.Tests;

/// <summary>The indicators service on a real Kestrel server (h2c) over a throw-away PostgreSQL server, for the importer to call.</summary>
public sealed class IndicatorsServiceFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;
    private GrpcServiceFactory<IndicatorsGrpcService>? _service;

    public Uri Address { get; private set; } = null!;

    public IndicatorsService.IndicatorsServiceClient Client { get; private set; } = null!;

    public ImportsService.ImportsServiceClient Imports { get; private set; } = null!;

    /// <summary>The local StatLine the service reads tables from, serving RIVM's 50090NED on the third-party catalogue.</summary>
    public StatLineStandIn StatLine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        StatLine = await StatLineStandIn.StartAsync();
        StatLine.Serve("dataderden", StatLineTableData.Rivm50090());
        _service = new GrpcServiceFactory<IndicatorsGrpcService>(new Dictionary<string, string?>(StatLine.Settings)
        {
            ["ConnectionStrings:indicatorsdb"] = _postgres.ConnectionString("indicatorsdb"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        Address = _service.Address;
        Client = new IndicatorsService.IndicatorsServiceClient(_service.Channel);
        Imports = new ImportsService.ImportsServiceClient(_service.Channel);
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
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
