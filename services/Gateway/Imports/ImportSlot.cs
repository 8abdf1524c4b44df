namespace Nplv.Gateway.Imports;

/// <summary>One of the gateway's places for an import running; disposing it frees the place (once).</summary>
public sealed class ImportSlot(Action release) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            release();
        }
    }
}
