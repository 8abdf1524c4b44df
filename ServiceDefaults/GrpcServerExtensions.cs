using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class GrpcServerExtensions
{
    /// <summary>The <c>grpc.health.v1</c> service name of liveness, for probes such as Kubernetes' <c>grpc</c> probe.</summary>
    public const string LivenessService = "liveness";

    /// <summary>
    /// gRPC with call metrics (<see cref="GrpcMetrics"/>), <c>grpc.health.v1</c> (fed by the service's health checks,
    /// the database included), reflection, and the latency of resilience drills when configured (<see cref="GrpcChaos"/>).
    /// </summary>
    public static TBuilder AddGrpcServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddGrpc(options =>
        {
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
            // First, so outermost: it times the whole call and sees the status the caller gets.
            options.Interceptors.Add<GrpcServerMetricsInterceptor>();
        });
        // "" is readiness (every check, the database included), as the default; "liveness" only asks whether the process answers.
        builder.Services.AddGrpcHealthChecks(options =>
            options.Services.Map(LivenessService, registration => registration.Tags.Contains(Extensions.LiveTag)));
        builder.Services.AddGrpcReflection();
        GrpcChaos.AddLatencyWhenEnabled(builder);
        return builder;
    }

    public static WebApplication MapGrpcServiceDefaults(this WebApplication app)
    {
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapDefaultEndpoints();
        return app;
    }
}
