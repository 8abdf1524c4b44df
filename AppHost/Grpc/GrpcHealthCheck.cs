using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Nplv.AppHost.Grpc;

public sealed class GrpcHealthCheck(EndpointReference endpoint) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(3);
    private GrpcChannel? _channel;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _channel ??= GrpcChannel.ForAddress(endpoint.Url);
            var client = new Health.HealthClient(_channel);
            var response = await client.CheckAsync(
                new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(CallTimeout), cancellationToken: cancellationToken);

            return response.Status == HealthCheckResponse.Types.ServingStatus.Serving
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"grpc.health.v1 answered {response.Status}");
        }
        catch (RpcException ex)
        {
            return HealthCheckResult.Unhealthy($"grpc.health.v1 failed: {ex.Status.StatusCode}", ex);
        }
    }

    public void Dispose() => _channel?.Dispose();
}
