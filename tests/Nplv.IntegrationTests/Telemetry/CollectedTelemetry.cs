namespace Nplv.IntegrationTests.Telemetry;

/// <summary>A span as a process exported it; ids in lower-case hex, <see cref="ParentSpanId"/> empty for a root.</summary>
public sealed record CollectedSpan(
    string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, SpanKind Kind,
    IReadOnlyDictionary<string, string> Attributes);

public enum SpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}

/// <summary>A log record: its message, its structured attributes, and the trace it was written in (empty if none).</summary>
public sealed record CollectedLog(
    string Service, string Category, string Severity, string Body, IReadOnlyDictionary<string, string> Attributes,
    string TraceId, string SpanId)
{
    public IEnumerable<string> Texts() => Attributes.Values.Prepend(Body).Prepend(Category);
}

/// <summary>The latest export of one instrument of one process: each of its series.</summary>
public sealed record CollectedMetric(string Service, string Scope, string Name, string Unit, IReadOnlyList<CollectedSeries> Series);

/// <summary>
/// One series: its attributes and its value so far (exports are cumulative): a counter's total, a gauge's or
/// up-down counter's value, or the number of a histogram's recordings.
/// </summary>
public sealed record CollectedSeries(IReadOnlyDictionary<string, string> Attributes, double Value);
