using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Nplv.Gateway.Views;

/// <summary>
/// Forgets what the views keep once new figures are in: the views' whole answers (tag <c>views</c>) and every area's
/// figures (<see cref="AreaFiguresLoader"/>). This gateway's caches only; another instance keeps its own until they expire.
/// </summary>
public sealed class ViewEviction(IOutputCacheStore store)
{
    private CancellationTokenSource _figures = new();
    private long _generation;

    /// <summary>
    /// Counts the evictions of the views. A view that began composing before one must not be kept after it: it may
    /// hold what the change replaced (<see cref="PublicViewCachePolicy"/> compares the count at its start and end).
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>After a change made through the gateway: the views' whole answers are read again.</summary>
    public async Task EvictViewsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        await store.EvictByTagAsync(ViewCacheExtensions.Tag, cancellationToken);
    }

    /// <summary>A token that expires at the next eviction; figures kept with it are forgotten then.</summary>
    public IChangeToken FiguresToken() => new CancellationChangeToken(Volatile.Read(ref _figures).Token);

    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        // Not disposed: a loader may still be taking a token of it; cancelled, it holds nothing worth freeing.
        await Interlocked.Exchange(ref _figures, new CancellationTokenSource()).CancelAsync();
        await EvictViewsAsync(cancellationToken);
    }
}
