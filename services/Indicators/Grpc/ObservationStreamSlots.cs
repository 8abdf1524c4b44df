using Grpc.Core;

namespace Nplv.Indicators.Grpc;

/// <summary>
/// How many observation streams run at once. Each holds a database connection for as long as its client reads, and
/// the pool is small (ConnectionPoolSizes): without a bound, a few slow downloads would leave no connection for the
/// short reads the pages make. A stream beyond the bound is refused at once with <c>ResourceExhausted</c> (the
/// gateway's 429), rather than queued behind downloads that may take minutes.
/// </summary>
public sealed class ObservationStreamSlots
{
    public const string Setting = "Indicators:MaxConcurrentStreams";
    private const int DefaultMaxConcurrent = 4;

    private readonly int _max;
    private readonly SemaphoreSlim _free;

    public ObservationStreamSlots(IConfiguration configuration)
    {
        _max = Math.Max(1, configuration.GetValue(Setting, DefaultMaxConcurrent));
        _free = new SemaphoreSlim(_max);
    }

    /// <summary>A slot, given back when disposed; a stream beyond the bound is refused.</summary>
    public IDisposable Take()
    {
        if (!_free.Wait(0))
        {
            throw new RpcException(new Status(
                StatusCode.ResourceExhausted, $"{_max} exports of observations are running, as many as may at once; try again in a moment."));
        }

        return new Slot(_free);
    }

    private sealed class Slot(SemaphoreSlim free) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                free.Release();
            }
        }
    }
}
