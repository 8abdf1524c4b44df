using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Runs each unary call through its service's resilience pipeline (<see cref="GrpcResiliencePipeline"/>), each
/// attempt a call of its own under the call's deadline and cancellation. Streaming calls pass through: their
/// messages cannot be sent again.
/// </summary>
internal sealed class ResilienceInterceptor(ResiliencePipeline pipeline, string serviceName, IReadOnlySet<string> readMethods)
    : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var attempts = new UnaryCallAttempts<TResponse>();
        var response = ExecuteAsync(context, options => attempts.Start(() => continuation(request, With(context, options))));
        return attempts.AsCall(response);
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
        => ExecuteAsync(context, options => Task.FromResult(continuation(request, With(context, options)))).GetAwaiter().GetResult();

    private async Task<TResponse> ExecuteAsync<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, Func<CallOptions, Task<TResponse>> attempt)
        where TRequest : class
        where TResponse : class
    {
        var resilience = ResilienceContextPool.Shared.Get(context.Method.FullName, context.Options.CancellationToken);
        resilience.Properties.Set(GrpcResiliencePipeline.Deadline, context.Options.Deadline ?? DateTime.MaxValue);
        resilience.Properties.Set(GrpcResiliencePipeline.IsRead, readMethods.Contains(context.Method.FullName));
        try
        {
            return await pipeline.ExecuteAsync(
                async attemptContext =>
                {
                    var cancellationToken = attemptContext.CancellationToken;
                    try
                    {
                        return await attempt(context.Options.WithCancellationToken(cancellationToken));
                    }
                    catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
                    {
                        // gRPC tells the attempt timeout and the caller's cancellation alike; Polly tells them apart by this.
                        throw new OperationCanceledException(ex.Message, ex, cancellationToken);
                    }
                },
                resilience);
        }
        catch (BrokenCircuitException ex)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, $"{serviceName} is unavailable: its circuit is open", ex));
        }
        catch (TimeoutRejectedException ex)
        {
            throw new RpcException(new Status(
                StatusCode.DeadlineExceeded, $"{serviceName} did not answer within {ex.Timeout.TotalMilliseconds:0} ms", ex));
        }
        catch (OperationCanceledException ex)
        {
            // The caller cancelled: the attempt's own Cancelled status, or, between attempts, the same as gRPC says it.
            throw ex.InnerException as RpcException ?? new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client.", ex));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilience);
        }
    }

    private static ClientInterceptorContext<TRequest, TResponse> With<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, CallOptions options)
        where TRequest : class
        where TResponse : class
        => new(context.Method, context.Host, options);
}
