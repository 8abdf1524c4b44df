using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Registry;
using Polly.Simmy;
using Polly.Simmy.Latency;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Latency for resilience drills, off unless <c>Chaos:Latency:Enabled</c> is true: the service then answers a share
/// (<c>InjectionRate</c>, 0 to 1, default all) of its unary calls late by <c>Latency</c> (default 30 s), through
/// Polly's chaos latency strategy, so its callers' deadlines, timeouts and circuit breakers can be watched at work.
/// Health and reflection calls are never slowed, and a call whose deadline passes while it waits is given up at once.
/// </summary>
public static class GrpcChaos
{
    public const string LatencySection = "Chaos:Latency";
    private const string PipelineName = "chaos-latency";

    internal static void AddLatencyWhenEnabled(IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(LatencySection);
        if (!settings.GetValue("Enabled", false))
        {
            return;
        }

        // Switched on, a drill slows every call unless told otherwise (Polly's own default is one call in a thousand).
        var options = new ChaosLatencyStrategyOptions { InjectionRate = 1 };
        settings.Bind(options);
        if (options.InjectionRate is < 0 or > 1 || options.Latency <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{LatencySection}: InjectionRate must be from 0 to 1 and Latency more "
                + $"than zero (got {options.InjectionRate} and {options.Latency}).");
        }

        builder.Services.AddResiliencePipeline(PipelineName, pipeline => pipeline.AddChaosLatency(options));
        builder.Services.AddSingleton<ChaosLatencyInterceptor>();
        // Registered after the metrics interceptor (AddGrpcServiceDefaults), so the call's time includes the delay.
        builder.Services.Configure<GrpcServiceOptions>(grpc => grpc.Interceptors.Add<ChaosLatencyInterceptor>());
    }

    private sealed class ChaosLatencyInterceptor(ResiliencePipelineProvider<string> pipelines) : Interceptor
    {
        private readonly ResiliencePipeline _latency = pipelines.GetPipeline(PipelineName);

        public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
            TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            if (!context.Method.StartsWith("/grpc.", StringComparison.Ordinal))
            {
                await _latency.ExecuteAsync(static _ => ValueTask.CompletedTask, context.CancellationToken);
            }

            return await continuation(request, context);
        }
    }
}
