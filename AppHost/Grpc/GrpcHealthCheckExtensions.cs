using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Nplv.AppHost.Grpc;

public static class GrpcHealthCheckExtensions
{
    /// <summary>
    /// The service is healthy when its <c>grpc.health.v1</c> check answers SERVING over its HTTP/2-only endpoint
    /// (an HTTP/1.1 probe of <c>/health</c> cannot reach it). The answer covers the service's own checks, its
    /// database included.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGrpcHealthCheck(this IResourceBuilder<ProjectResource> builder)
    {
        var endpoint = builder.GetEndpoint("http");
        var name = $"{builder.Resource.Name}-grpc-health";
        // One check per resource for the app host's lifetime, so its channel (and connection) is reused by every
        // probe; the container disposes it at shutdown. A registration factory would make a new one per probe.
        builder.ApplicationBuilder.Services.AddKeyedSingleton(name, (_, _) => new GrpcHealthCheck(endpoint));
        builder.ApplicationBuilder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            name, services => services.GetRequiredKeyedService<GrpcHealthCheck>(name), failureStatus: null, tags: null));

        return builder.WithHealthCheck(name);
    }
}
