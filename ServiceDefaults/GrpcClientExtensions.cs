using System.Reflection;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class GrpcClientExtensions
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(5);

    // Standard read methods (Get, List, BatchGet): safe to send twice.
    private static readonly string[] ReadMethodPrefixes = ["Get", "List", "BatchGet"];

    /// <summary>
    /// Registers a typed gRPC client for another service of the suite, found by service discovery as
    /// <c>http://{serviceName}</c> (h2c). Every call gets a deadline (the caller's, the incoming call's, or
    /// <c>GrpcClients:DefaultDeadline</c>), and reads are retried when, and only when, the status is <c>Unavailable</c>.
    /// </summary>
    public static IHttpClientBuilder AddGrpcServiceClient<TClient>(this IHostApplicationBuilder builder, string serviceName)
        where TClient : class
    {
        var deadline = builder.Configuration.GetValue<TimeSpan?>("GrpcClients:DefaultDeadline") ?? DefaultDeadline;
        var serviceConfig = new ServiceConfig();
        if (RetryReadsOnUnavailable(typeof(TClient)) is { } retry)
        {
            serviceConfig.MethodConfigs.Add(retry);
        }

        return builder.Services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://{serviceName}"))
            .ConfigureChannel(channel => channel.ServiceConfig = serviceConfig)
            // Incoming gRPC calls hand their deadline and cancellation on; elsewhere (the gateway) there is none.
            .EnableCallContextPropagation(options => options.SuppressContextNotFoundErrors = true)
            .AddInterceptor(() => new DefaultDeadlineInterceptor(deadline));
    }

    /// <summary>
    /// Unavailable means the call never reached a working server, so a read can safely go again. Writes are not
    /// retried here: a write whose answer was lost is retried by its caller, with the same request id.
    /// </summary>
    private static MethodConfig? RetryReadsOnUnavailable(Type clientType)
    {
        // Generated clients are nested in their service's class, which holds the service's descriptor.
        var descriptor = clientType.DeclaringType?
            .GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?
            .GetValue(null) as ProtoServiceDescriptor;
        var reads = descriptor?.Methods
            .Where(method => ReadMethodPrefixes.Any(prefix => method.Name.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(method => new MethodName { Service = descriptor.FullName, Method = method.Name })
            .ToList();
        if (reads is not { Count: > 0 })
        {
            return null;
        }

        var config = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = 3,
                InitialBackoff = TimeSpan.FromMilliseconds(100),
                MaxBackoff = TimeSpan.FromSeconds(1),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { Grpc.Core.StatusCode.Unavailable },
            },
        };
        foreach (var read in reads)
        {
            config.Names.Add(read);
        }

        return config;
    }
}
