namespace Nplv.Indicators.Imports;

/// <summary>A running import's counts: written by the reading side, read by whoever reports progress.</summary>
public sealed class ImportCounters
{
    private long _bytesRead;
    private long _rowsRead;
    private long _rowsRejected;
    private long _observationsRead;
    private long _valuesMissing;

    public void AddBytes(long count) => Interlocked.Add(ref _bytesRead, count);

    public void AddRow() => Interlocked.Increment(ref _rowsRead);

    public void AddRejectedRow() => Interlocked.Increment(ref _rowsRejected);

    public void AddObservation(bool missing)
    {
        Interlocked.Increment(ref _observationsRead);
        if (missing)
        {
            Interlocked.Increment(ref _valuesMissing);
        }
    }

    /// <summary>Takes back observations without a value that turned out not to be observations (a year not measured).</summary>
    public void RemoveMissingObservations(long count)
    {
        Interlocked.Add(ref _observationsRead, -count);
        Interlocked.Add(ref _valuesMissing, -count);
    }

    public long ObservationsRead => Interlocked.Read(ref _observationsRead);

    public ImportCounts Snapshot(long written = 0, long unchanged = 0)
        => new(Interlocked.Read(ref _bytesRead), Interlocked.Read(ref _rowsRead), Interlocked.Read(ref _rowsRejected),
            Interlocked.Read(ref _observationsRead), Interlocked.Read(ref _valuesMissing), written, unchanged);
}
