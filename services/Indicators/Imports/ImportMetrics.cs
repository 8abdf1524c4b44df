using System.Diagnostics;
using System.Diagnostics.Metrics;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Imports;

/// <summary>
/// What the imports do, per <c>nplv.import.format</c> and, once ended, <c>nplv.import.state</c> (succeeded or failed):
/// rows read and rejected, rows per second and time of each import, and the imports running now.
/// </summary>
public sealed class ImportMetrics
{
    public const string MeterName = "Nplv.Indicators.Imports";

    private readonly UpDownCounter<long> _active;
    private readonly Counter<long> _rows;
    private readonly Counter<long> _rowsRejected;
    private readonly Histogram<double> _throughput;
    private readonly Histogram<double> _duration;

    public ImportMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _active = meter.CreateUpDownCounter<long>("nplv.import.active", "{import}", "Imports reading a file now.");
        _rows = meter.CreateCounter<long>("nplv.import.rows", "{row}", "Rows read by ended imports.");
        _rowsRejected = meter.CreateCounter<long>(
            "nplv.import.rows_rejected", "{row}", "Rows ended imports left out, each named in a warning.");
        _throughput = meter.CreateHistogram(
            "nplv.import.throughput", "{row}/s", "Rows per second of each ended import.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [100, 1_000, 10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000] });
        _duration = meter.CreateHistogram(
            "nplv.import.duration", "s", "Time of each ended import, from its first byte to its outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 1800] });
    }

    public void Started(ImportFormat format) => _active.Add(1, FormatTag(format));

    public void Ended(ImportFormat format, ImportRecord outcome, long startTimestamp)
    {
        var seconds = Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds;
        var formatTag = FormatTag(format);
        var stateTag = new KeyValuePair<string, object?>("nplv.import.state", outcome.State.ToColumn());
        _active.Add(-1, formatTag);
        _rows.Add(outcome.Counts.RowsRead, formatTag, stateTag);
        _rowsRejected.Add(outcome.Counts.RowsRejected, formatTag, stateTag);
        _duration.Record(seconds, formatTag, stateTag);
        if (seconds > 0 && outcome.Counts.RowsRead > 0)
        {
            _throughput.Record(outcome.Counts.RowsRead / seconds, formatTag, stateTag);
        }
    }

    private static KeyValuePair<string, object?> FormatTag(ImportFormat format) => new("nplv.import.format", format.Name());
}
