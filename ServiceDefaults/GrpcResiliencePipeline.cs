using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The resilience pipeline of the gRPC clients of one service, outermost first: reads retried on <c>Unavailable</c>,
/// a circuit breaker so that a dead or hung service fails at once, and a timeout on every attempt.
/// </summary>
internal static class GrpcResiliencePipeline
{
    /// <summary>The call's deadline (UTC), set by <see cref="ResilienceInterceptor"/>.</summary>
    public static readonly ResiliencePropertyKey<DateTime> Deadline = new("grpc.deadline");

    /// <summary>Whether the call is a read, safe to send again.</summary>
    public static readonly ResiliencePropertyKey<bool> IsRead = new("grpc.read");

    private const int MaxRetries = 2;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Registers the pipeline of <paramref name="serviceName"/>'s clients, keyed by the service: its clients share
    /// one circuit, and Polly's logs and metrics name the service.
    /// </summary>
    /// <param name="settings">The <c>GrpcClients</c> section: <c>AttemptTimeout</c> and <c>CircuitBreaker</c>.</param>
    public static void Add(IServiceCollection services, string serviceName, IConfiguration settings)
    {
        var attemptTimeout = settings.GetValue<TimeSpan?>("AttemptTimeout") ?? DefaultAttemptTimeout;
        services.Configure<TelemetryOptions>(LogOnlyWhatGoesWrong);
        services.AddResiliencePipeline(
            serviceName, pipeline => Configure(pipeline, attemptTimeout, settings.GetSection("CircuitBreaker")));
    }

    private static void Configure(ResiliencePipelineBuilder pipeline, TimeSpan attemptTimeout, IConfiguration circuitBreaker) =>
        pipeline
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Backoff(args.AttemptNumber, Random.Shared.NextDouble())),
            })
            .AddCircuitBreaker(CircuitBreakerOptions(circuitBreaker))
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(Min(Remaining(args.Context), attemptTimeout)),
            });

    private static bool ShouldRetry(RetryPredicateArguments<object> args) =>
        args.Outcome.Exception is RpcException { StatusCode: StatusCode.Unavailable }
        && args.Context.Properties.GetValue(IsRead, false)
        && !args.Context.CancellationToken.IsCancellationRequested
        // Waiting for an attempt the deadline would not let start only makes the caller wait longer for the same failure.
        && Remaining(args.Context) > Backoff(args.AttemptNumber, jitter: 1);

    /// <summary>
    /// Exponential from <see cref="FirstBackoff"/>, times 0.5 to 1.5 (<paramref name="jitter"/> 0 to 1) so that
    /// callers spread out.
    /// </summary>
    private static TimeSpan Backoff(int attempt, double jitter) => FirstBackoff * Math.Pow(2, attempt) * (0.5 + jitter);

    private static CircuitBreakerStrategyOptions CircuitBreakerOptions(IConfiguration settings)
    {
        var options = new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 5,
            SamplingDuration = TimeSpan.FromSeconds(10),
            BreakDuration = TimeSpan.FromSeconds(5),
            // Other statuses are answers of a working service; a caller's cancellation says nothing about it.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception
                is TimeoutRejectedException
                or RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded }),
        };
        settings.Bind(options);
        return options;
    }

    /// <summary>
    /// Polly logs every call that went well, with its result, at Information: between services that drowns the logs
    /// operators read, and results hold contact persons' names and e-mail addresses. Retries, timeouts and circuit
    /// changes still log, and a result is named by its type only.
    /// </summary>
    private static void LogOnlyWhatGoesWrong(TelemetryOptions telemetry)
    {
        telemetry.SeverityProvider = args =>
            args.Event is { EventName: "ExecutionAttempt" or "PipelineExecuted", Severity: ResilienceEventSeverity.Information }
                ? ResilienceEventSeverity.Debug
                : args.Event.Severity;
        telemetry.ResultFormatter = (_, result) => result?.GetType().Name;
    }

    private static TimeSpan Remaining(ResilienceContext context) =>
        context.Properties.GetValue(Deadline, DateTime.MaxValue) - DateTime.UtcNow;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
