using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Nplv.Gateway.Views;

/// <summary>
/// Bounds how many combined views are composed at once (<see cref="ViewOptions.MaxConcurrentCompositions"/>), with
/// BCL's <see cref="ConcurrencyLimiter"/>, oldest first. Without it, a burst starts every composition together, their
/// calls queue in the services past the views' deadline, and healthy services look failed: every view degraded. With
/// it, the views beyond the bound wait for their turn before their deadline starts; a full queue or a turn that does
/// not come in time is a 503 with Retry-After, which a client can act on, rather than a view with parts missing.
/// </summary>
public sealed class ViewCompositionGate : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly TimeSpan _queueTimeout;

    public ViewCompositionGate(IOptions<ViewOptions> options)
    {
        var settings = options.Value;
        _queueTimeout = settings.CompositionQueueTimeout;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.MaxConcurrentCompositions,
            QueueLimit = settings.CompositionQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>A turn to compose a view, to dispose when it is done; null when none came in time or the queue is full.</summary>
    public async Task<RateLimitLease?> EnterAsync(CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(_queueTimeout);
        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return null;
    }

    public void Dispose() => _limiter.Dispose();
}
