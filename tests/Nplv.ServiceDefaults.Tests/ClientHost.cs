using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nplv.Partners.V1;

namespace Nplv.ServiceDefaults.Tests;

/// <summary>
/// A process that calls the partners service as the suite's services do: service defaults, service discovery, and
/// the client <c>AddGrpcServiceClient</c> registers, with the given settings.
/// </summary>
public sealed class ClientHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ClientHost(IHost host) => _host = host;

    public PartnersService.PartnersServiceClient Partners => _host.Services.GetRequiredService<PartnersService.PartnersServiceClient>();

    /// <param name="serviceName">The name the client knows the service by, which also names its resilience pipeline.</param>
    public static async Task<ClientHost> StartAsync(
        Uri service, IReadOnlyDictionary<string, string?>? settings = null, string serviceName = "partners")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Configuration[$"services:{serviceName}:http:0"] = service.ToString();
        builder.AddServiceDefaults();
        builder.AddGrpcServiceClient<PartnersService.PartnersServiceClient>(serviceName);
        var host = builder.Build();
        await host.StartAsync();
        return new ClientHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
