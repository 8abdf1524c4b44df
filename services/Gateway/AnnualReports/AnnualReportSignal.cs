using System.Threading.Channels;

namespace Nplv.Gateway.AnnualReports;

/// <summary>Wakes this gateway's worker when a report is queued here, so it need not wait for its next look at the queue.</summary>
public sealed class AnnualReportSignal
{
    private readonly Channel<bool> _queued = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Queued() => _queued.Writer.TryWrite(true);

    /// <summary>Until a report is queued here, or <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _queued.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
