using Grpc.Core;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The attempts of one unary call, shown to its caller as one call: headers, status and trailers are those of the
/// last attempt, and disposing the call disposes the attempt in flight and any that would follow.
/// </summary>
internal sealed class UnaryCallAttempts<TResponse>
{
    private readonly Lock _lock = new();
    private AsyncUnaryCall<TResponse>? _last;
    private Task<TResponse> _response = null!;
    private Task<Metadata>? _headers;
    private bool _disposed;

    public Task<TResponse> Start(Func<AsyncUnaryCall<TResponse>> attempt)
    {
        var call = attempt();
        AsyncUnaryCall<TResponse>? previous;
        bool disposed;
        lock (_lock)
        {
            (previous, _last, disposed) = (_last, call, _disposed);
        }

        // The previous attempt has ended; this frees what it still holds.
        previous?.Dispose();
        if (disposed)
        {
            call.Dispose();
        }

        return call.ResponseAsync;
    }

    public AsyncUnaryCall<TResponse> AsCall(Task<TResponse> response)
    {
        _response = response;
        return new AsyncUnaryCall<TResponse>(
            response,
            static state => ((UnaryCallAttempts<TResponse>)state).Headers(),
            static state => ((UnaryCallAttempts<TResponse>)state).Outcome(attempt => attempt.GetStatus(), failure => failure.Status),
            static state => ((UnaryCallAttempts<TResponse>)state).Outcome(attempt => attempt.GetTrailers(), failure => failure.Trailers),
            static state => ((UnaryCallAttempts<TResponse>)state).Dispose(),
            this);
    }

    private Task<Metadata> Headers() => _headers ??= HeadersAsync();

    private async Task<Metadata> HeadersAsync()
    {
        // With more than one attempt, only the call's outcome says whose headers they are.
        await ((Task)_response).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var last = Last();
        var failure = _response.Exception?.InnerException;
        if (last is null || (failure is not null && failure != last.ResponseAsync.Exception?.InnerException))
        {
            // The call ended without an answer from its last attempt: its circuit was open, the attempt ran out of
            // time, or the caller cancelled between attempts.
            await _response;
        }

        return await last!.ResponseHeadersAsync;
    }

    private T Outcome<T>(Func<AsyncUnaryCall<TResponse>, T> ofAttempt, Func<RpcException, T> ofFailure) => _response switch
    {
        { IsCompletedSuccessfully: true } => ofAttempt(Last()!),
        { Exception.InnerException: RpcException failure } => ofFailure(failure),
        _ => throw new InvalidOperationException("The call has not completed with a status."),
    };

    private AsyncUnaryCall<TResponse>? Last()
    {
        lock (_lock)
        {
            return _last;
        }
    }

    private void Dispose()
    {
        AsyncUnaryCall<TResponse>? last;
        lock (_lock)
        {
            _disposed = true;
            last = _last;
        }

        last?.Dispose();
    }
}
