using Nplv.Partners.Grpc;
using Nplv.Partners.V1;
using Nplv.Testing;

namespace Nplv.Partners.Tests;

/// <summary>The partners service on a real gRPC channel, over a throw-away PostgreSQL server.</summary>
public sealed class PartnersServiceFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;
    private GrpcServiceFactory<PartnersGrpcService>? _service;

    public PartnersService.PartnersServiceClient Client { get; private set; } = null!;

    public GrpcServiceFactory<PartnersGrpcService> Service => _service!;

    /// <summary>The service's database, for a look from outside the service.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        ConnectionString = _postgres.ConnectionString("partnersdb");
        _service = new GrpcServiceFactory<PartnersGrpcService>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:partnersdb"] = ConnectionString,
        });
        Client = new PartnersService.PartnersServiceClient(_service.Channel);
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
    }
}

[CollectionDefinition(Name)]
public sealed class PartnersServiceCollection : ICollectionFixture<PartnersServiceFixture>
{
    public const string Name = "partners service";
}
