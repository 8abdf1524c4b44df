using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Times every call the service serves, streaming ones included. Registered before the services' own interceptors,
/// so it sees the status the caller gets.
/// </summary>
internal sealed class GrpcServerMetricsInterceptor(GrpcMetrics metrics) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        => MeasureAsync(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
        => MeasureAsync(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
        => MeasureAsync(context, async () =>
        {
            await continuation(request, responseStream, context);
            return true;
        });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
        => MeasureAsync(context, async () =>
        {
            await continuation(requestStream, responseStream, context);
            return true;
        });

    /// <summary>
    /// The status the caller gets: an RpcException's own, or the one gRPC set before cancelling the handler (a passed
    /// deadline), or Cancelled when the caller went away; anything else reaches the caller as Unknown.
    /// </summary>
    private static StatusCode StatusSent(ServerCallContext context, Exception exception) => exception switch
    {
        RpcException rpc => rpc.StatusCode,
        _ when context.Status.StatusCode != StatusCode.OK => context.Status.StatusCode,
        OperationCanceledException when context.CancellationToken.IsCancellationRequested => StatusCode.Cancelled,
        _ => StatusCode.Unknown,
    };

    private async Task<T> MeasureAsync<T>(ServerCallContext context, Func<Task<T>> handle)
    {
        // Health probes and reflection (grpc.health.v1, grpc.reflection) are the platform's calls, not the service's work.
        if (context.Method.StartsWith("/grpc.", StringComparison.Ordinal))
        {
            return await handle();
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            var response = await handle();
            metrics.RecordServerCall(context.Method, context.Status.StatusCode, start);
            return response;
        }
        catch (Exception ex)
        {
            metrics.RecordServerCall(context.Method, StatusSent(context, ex), start);
            throw;
        }
    }
}
