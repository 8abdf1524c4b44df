using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Times every unary call the process makes, as its caller waits for it: retries and the time between them included.
/// Streaming calls are timed by the service that serves them.
/// </summary>
internal sealed class GrpcClientMetricsInterceptor(GrpcMetrics metrics) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var start = Stopwatch.GetTimestamp();
        var call = continuation(request, context);
        return new AsyncUnaryCall<TResponse>(
            MeasureAsync(call.ResponseAsync, context.Method.FullName, start),
            call.ResponseHeadersAsync,
            call.GetStatus,
            call.GetTrailers,
            call.Dispose);
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            var response = continuation(request, context);
            metrics.RecordClientCall(context.Method.FullName, StatusCode.OK, start);
            return response;
        }
        catch (Exception ex)
        {
            metrics.RecordClientCall(context.Method.FullName, GrpcMetrics.StatusOf(ex), start);
            throw;
        }
    }

    private async Task<TResponse> MeasureAsync<TResponse>(Task<TResponse> response, string method, long start)
    {
        try
        {
            var answer = await response;
            metrics.RecordClientCall(method, StatusCode.OK, start);
            return answer;
        }
        catch (Exception ex)
        {
            metrics.RecordClientCall(method, GrpcMetrics.StatusOf(ex), start);
            throw;
        }
    }
}
