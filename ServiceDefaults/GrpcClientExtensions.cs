using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class GrpcClientExtensions
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers a typed gRPC client for another service of the suite, found by service discovery as
    /// <c>http://{serviceName}</c> (h2c). Every call gets a deadline (the caller's, the incoming call's, or the
    /// configured default) and is retried only when the status is <c>Unavailable</c>.
    /// </summary>
    public static IHttpClientBuilder AddGrpcServiceClient<TClient>(this IHostApplicationBuilder builder, string serviceName)
        where TClient : class
    {
        var deadline = builder.Configuration.GetValue<TimeSpan?>("GrpcClients:DefaultDeadline") ?? DefaultDeadline;

        return builder.Services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://{serviceName}"))
            .ConfigureChannel(channel => channel.ServiceConfig = new ServiceConfig { MethodConfigs = { RetryOnUnavailable } })
            // Incoming gRPC calls hand their deadline and cancellation on; elsewhere (the gateway) there is none.
            .EnableCallContextPropagation(options => options.SuppressContextNotFoundErrors = true)
            .AddInterceptor(() => new DefaultDeadlineInterceptor(deadline));
    }

    // Unavailable means the call never reached a working server; every other status is an answer.
    private static MethodConfig RetryOnUnavailable => new()
    {
        Names = { MethodName.Default },
        RetryPolicy = new RetryPolicy
        {
            MaxAttempts = 3,
            InitialBackoff = TimeSpan.FromMilliseconds(100),
            MaxBackoff = TimeSpan.FromSeconds(1),
            BackoffMultiplier = 2,
            RetryableStatusCodes = { Grpc.Core.StatusCode.Unavailable },
        },
    };
}
