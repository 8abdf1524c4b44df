using Nplv.Indicators.Grpc;
using Nplv.Indicators.V1;
using Nplv.Measures.Grpc;
using Nplv.Measures.V1;
using Nplv.Partners.Grpc;
using Nplv.Partners.V1;
using Microsoft.Extensions.DependencyInjection;
using Nplv.Shared.Data;
using Nplv.Testing;

namespace Nplv.Measures.Tests;

/// <summary>
/// The measures service and the partners and indicators services it checks references against, each on a real
/// gRPC channel, over one throw-away PostgreSQL server with a database each.
/// </summary>
public sealed class MeasuresServiceFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;
    private GrpcServiceFactory<PartnersGrpcService>? _partnersService;
    private GrpcServiceFactory<IndicatorsGrpcService>? _indicatorsService;
    private GrpcServiceFactory<MeasuresGrpcService>? _measuresService;

    public MeasuresService.MeasuresServiceClient Measures { get; private set; } = null!;

    public PartnersService.PartnersServiceClient Partners { get; private set; } = null!;

    public IndicatorsService.IndicatorsServiceClient Indicators { get; private set; } = null!;

    public PostgresServer Postgres => _postgres!;

    public Uri IndicatorsAddress => _indicatorsService!.Address;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _partnersService = new GrpcServiceFactory<PartnersGrpcService>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:partnersdb"] = _postgres.ConnectionString("partnersdb"),
        });
        _indicatorsService = new GrpcServiceFactory<IndicatorsGrpcService>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:indicatorsdb"] = _postgres.ConnectionString("indicatorsdb"),
        });
        _measuresService = new GrpcServiceFactory<MeasuresGrpcService>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:measuresdb"] = _postgres.ConnectionString("measuresdb"),
            ["services:partners:http:0"] = _partnersService.Address.ToString(),
            ["services:indicators:http:0"] = _indicatorsService.Address.ToString(),
        });
        Partners = new PartnersService.PartnersServiceClient(_partnersService.Channel);
        Indicators = new IndicatorsService.IndicatorsServiceClient(_indicatorsService.Channel);
        Measures = new MeasuresService.MeasuresServiceClient(_measuresService.Channel);
    }

    public async Task SeedMeasuresAgainAsync()
    {
        foreach (var seeder in _measuresService!.Services.GetServices<IDatabaseSeeder>())
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var service in new IAsyncDisposable?[] { _measuresService, _indicatorsService, _partnersService, _postgres })
        {
            if (service is not null)
            {
                await service.DisposeAsync();
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MeasuresServiceCollection : ICollectionFixture<MeasuresServiceFixture>
{
    public const string Name = "measures service";
}
