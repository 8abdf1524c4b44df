using System.Diagnostics;
using Grpc.Core;

namespace Nplv.Gateway.Views;

/// <summary>
/// The calls of one combined view: one deadline for all of them, and a list of the parts that could not be loaded.
/// A part fails soft when its service is down, slow or broken; a client error (unknown id, bad input) still fails the
/// view, and disposing the view cancels the calls still running.
/// </summary>
public sealed partial class ViewCall : IDisposable
{
    private readonly SortedSet<string> _degraded = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _calls;
    private readonly CancellationToken _requestAborted;
    private readonly DateTime _earlyDeadline;
    private readonly string _name;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();
    private readonly ViewMetrics _metrics;
    private readonly ILogger _logger;

    public ViewCall(string name, TimeSpan deadline, ViewMetrics metrics, ILogger logger, CancellationToken requestAborted)
    {
        var start = DateTime.UtcNow;
        _name = name;
        _metrics = metrics;
        _calls = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        _requestAborted = requestAborted;
        _earlyDeadline = start.Add(deadline / 2);
        _logger = logger;
        Options = new CallOptions(deadline: start.Add(deadline), cancellationToken: _calls.Token);
    }

    public CallOptions Options { get; }

    /// <summary>
    /// For calls whose answers other calls wait for: half the view's time, so a slow service still leaves the
    /// calls after it time to answer within the view's deadline.
    /// </summary>
    public CallOptions EarlyOptions => Options.WithDeadline(_earlyDeadline);

    public IReadOnlyList<string> Degraded
    {
        get
        {
            lock (_degraded)
            {
                return [.. _degraded];
            }
        }
    }

    /// <summary>The part's value, or null (and the part named as degraded) when its service could not give it.</summary>
    public async Task<T?> TryAsync<T>(string part, Func<CallOptions, Task<T>> load, bool early = false) where T : class
    {
        try
        {
            return await load(early ? EarlyOptions : Options);
        }
        catch (RpcException ex) when (IsServiceTrouble(ex.StatusCode) && !_requestAborted.IsCancellationRequested)
        {
            // A view that failed as a whole cancelled its remaining calls: nothing to report for those.
            if (!_calls.IsCancellationRequested)
            {
                LogDegraded(part, ex.StatusCode, ex.Status.Detail);
                MarkDegraded(part);
            }

            return null;
        }
    }

    /// <summary>The parts left out of the finished view; the view's time and those parts go to <see cref="ViewMetrics"/>.</summary>
    public IReadOnlyList<string> Complete()
    {
        var degraded = Degraded;
        _metrics.Record(_name, _startTimestamp, degraded);
        return degraded;
    }

    public void MarkDegraded(string part)
    {
        lock (_degraded)
        {
            _degraded.Add(part);
        }
    }

    public void Dispose()
    {
        _calls.Cancel();
        _calls.Dispose();
    }

    private static bool IsServiceTrouble(StatusCode code) => code is StatusCode.Unavailable or StatusCode.DeadlineExceeded
        or StatusCode.Cancelled or StatusCode.Internal or StatusCode.Unknown or StatusCode.ResourceExhausted
        or StatusCode.Aborted or StatusCode.DataLoss or StatusCode.Unimplemented;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Combined view without its {Part}: {GrpcStatus} {Detail}")]
    private partial void LogDegraded(string part, StatusCode grpcStatus, string detail);
}
