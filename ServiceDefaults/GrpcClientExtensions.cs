using System.Collections.Frozen;
using System.Reflection;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly.Registry;

namespace Microsoft.Extensions.Hosting;

public static class GrpcClientExtensions
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(5);

    // Standard read methods (Get, List, BatchGet): safe to send twice.
    private static readonly string[] ReadMethodPrefixes = ["Get", "List", "BatchGet"];

    /// <summary>
    /// Registers a typed gRPC client for another service of the suite, found by service discovery as
    /// <c>http://{serviceName}</c> (h2c). Every call gets a deadline (the caller's, the incoming call's, or
    /// <c>GrpcClients:DefaultDeadline</c>), and unary calls run through the service's resilience pipeline
    /// (<see cref="GrpcResiliencePipeline"/>) inside that deadline.
    /// </summary>
    /// <remarks>
    /// A contract that several services answer is registered once per service, each under its own
    /// <paramref name="clientName"/>, and made with <c>GrpcClientFactory.CreateClient</c>.
    /// </remarks>
    public static IHttpClientBuilder AddGrpcServiceClient<TClient>(
        this IHostApplicationBuilder builder, string serviceName, string? clientName = null)
        where TClient : class
    {
        var settings = builder.Configuration.GetSection("GrpcClients");
        var deadline = settings.GetValue<TimeSpan?>("DefaultDeadline") ?? DefaultDeadline;
        var reads = ReadMethods(typeof(TClient));
        GrpcResiliencePipeline.Add(builder.Services, serviceName, settings);

        Action<Grpc.Net.ClientFactory.GrpcClientFactoryOptions> address = options => options.Address = new Uri($"http://{serviceName}");
        var client = clientName is null ? builder.Services.AddGrpcClient<TClient>(address) : builder.Services.AddGrpcClient<TClient>(clientName, address);
        return client
            // Incoming gRPC calls hand their deadline and cancellation on; elsewhere (the gateway) there is none.
            .EnableCallContextPropagation(options => options.SuppressContextNotFoundErrors = true)
            // Outermost: it times the call as its caller waits for it.
            .AddInterceptor(services => new GrpcClientMetricsInterceptor(services.GetRequiredService<GrpcMetrics>()))
            .AddInterceptor(() => new DefaultDeadlineInterceptor(deadline))
            // Registered last, so innermost: the pipeline sees the call's final deadline and keeps its attempts within it.
            .AddInterceptor(services => new ResilienceInterceptor(
                services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(serviceName), serviceName, reads));
    }

    /// <summary>
    /// Unavailable means the call never reached a working server, so a read can safely go again. Writes are not
    /// retried here: a write whose answer was lost is retried by its caller, with the same request id.
    /// </summary>
    private static FrozenSet<string> ReadMethods(Type clientType)
    {
        // Generated clients are nested in their service's class, which holds the service's descriptor.
        var descriptor = clientType.DeclaringType?
            .GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?
            .GetValue(null) as ProtoServiceDescriptor;
        return descriptor is null
            ? FrozenSet<string>.Empty
            : descriptor.Methods
                .Where(method => ReadMethodPrefixes.Any(prefix => method.Name.StartsWith(prefix, StringComparison.Ordinal)))
                .Select(method => $"/{descriptor.FullName}/{method.Name}")
                .ToFrozenSet(StringComparer.Ordinal);
    }
}
