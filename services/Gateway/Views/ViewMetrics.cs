using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Nplv.Gateway.Views;

/// <summary>
/// How long each combined view takes to compose, and which of its parts it had to leave out:
/// <c>nplv.view.duration</c> (seconds, per <c>nplv.view</c> and <c>nplv.view.outcome</c> complete or degraded) and
/// <c>nplv.view.degraded_parts</c> (per view and <c>nplv.view.part</c>). Views that fail as a whole are counted by
/// ASP.NET Core's <c>http.server.request.duration</c> with their status code.
/// </summary>
public sealed class ViewMetrics
{
    public const string MeterName = "Nplv.Gateway.Views";

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _degradedParts;

    public ViewMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram(
            "nplv.view.duration", "s", "Time to compose a combined view from the services.",
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
            });
        _degradedParts = meter.CreateCounter<long>(
            "nplv.view.degraded_parts", "{part}", "Parts a combined view answered without, because a service it needed for them failed.");
    }

    public void Record(string view, long startTimestamp, IReadOnlyList<string> degradedParts)
    {
        var viewTag = new KeyValuePair<string, object?>("nplv.view", view);
        _duration.Record(
            Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds,
            viewTag,
            new KeyValuePair<string, object?>("nplv.view.outcome", degradedParts.Count == 0 ? "complete" : "degraded"));
        foreach (var part in degradedParts)
        {
            _degradedParts.Add(1, viewTag, new KeyValuePair<string, object?>("nplv.view.part", part));
        }
    }
}
