using System.Collections.Concurrent;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Nplv.IntegrationTests.Telemetry.Otlp;
using Nplv.Testing;

namespace Nplv.IntegrationTests.Telemetry;

/// <summary>
/// An OTLP/HTTP (protobuf) receiver in the test process, where the suite's processes send their traces, metrics and
/// logs, as they would to the Aspire dashboard or an OpenTelemetry Collector.
/// </summary>
public sealed class TelemetryCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CollectedSpan> _spans = new();
    private readonly ConcurrentQueue<CollectedLog> _logs = new();
    // By the start of the series too: a process started again begins its cumulative series anew, and its series are
    // kept beside the last ones of the process before it, so a total runs on across restarts.
    private readonly ConcurrentDictionary<(string Service, string Name, ulong SeriesStart), CollectedMetric> _metrics = new();

    private TelemetryCollector(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyCollection<CollectedSpan> Spans => _spans;

    public IReadOnlyCollection<CollectedLog> Logs => _logs;

    public IReadOnlyCollection<CollectedMetric> Metrics => [.. _metrics.Values];

    public static async Task<TelemetryCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort.Next();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var collector = new TelemetryCollector(builder.Build());
        collector.Endpoint = new Uri($"http://127.0.0.1:{port}");
        collector.MapEndpoints();
        await collector._app.StartAsync();
        return collector;
    }

    /// <summary>Waits until the collected telemetry satisfies <paramref name="condition"/>, as exports arrive in batches.</summary>
    public async Task<T> WaitForAsync<T>(Func<TelemetryCollector, T?> condition, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (condition(this) is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no telemetry showed {what} in time");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapEndpoints()
    {
        MapExport("/v1/traces", ExportTraceServiceRequest.Parser, Collect);
        MapExport("/v1/metrics", ExportMetricsServiceRequest.Parser, Collect);
        MapExport("/v1/logs", ExportLogsServiceRequest.Parser, Collect);
    }

    /// <summary>An OTLP/HTTP export route: the request's protobuf body collected, an empty protobuf answer.</summary>
    private void MapExport<TExport>(string path, MessageParser<TExport> parser, Action<TExport> collect)
        where TExport : IMessage<TExport>
        => _app.MapPost(path, async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collect(parser.ParseFrom(body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });

    private void Collect(ExportTraceServiceRequest export)
    {
        foreach (var resource in export.ResourceSpans)
        {
            var service = ServiceName(resource.Resource);
            foreach (var scope in resource.ScopeSpans)
            {
                foreach (var span in scope.Spans)
                {
                    _spans.Enqueue(new CollectedSpan(
                        service, scope.Scope?.Name ?? "", Hex(span.TraceId), Hex(span.SpanId), Hex(span.ParentSpanId),
                        span.Name, (SpanKind)span.Kind, Attributes(span.Attributes)));
                }
            }
        }
    }

    private void Collect(ExportMetricsServiceRequest export)
    {
        foreach (var resource in export.ResourceMetrics)
        {
            var service = ServiceName(resource.Resource);
            foreach (var scope in resource.ScopeMetrics)
            {
                foreach (var metric in scope.Metrics)
                {
                    var series = (metric.Histogram?.DataPoints.Select(point => new CollectedSeries(Attributes(point.Attributes), point.Count))
                            ?? metric.Sum?.DataPoints.Select(Series)
                            ?? metric.Gauge?.DataPoints.Select(Series)
                            ?? [])
                        .ToList();
                    // Cumulative sums and histograms start when their process does; a gauge is only ever its last value.
                    var start = metric.Histogram?.DataPoints.FirstOrDefault()?.StartTimeUnixNano
                        ?? metric.Sum?.DataPoints.FirstOrDefault()?.StartTimeUnixNano
                        ?? 0;
                    _metrics[(service, metric.Name, start)] =
                        new CollectedMetric(service, scope.Scope?.Name ?? "", metric.Name, metric.Unit, series);
                }
            }
        }
    }

    private void Collect(ExportLogsServiceRequest export)
    {
        foreach (var resource in export.ResourceLogs)
        {
            var service = ServiceName(resource.Resource);
            foreach (var scope in resource.ScopeLogs)
            {
                foreach (var record in scope.LogRecords)
                {
                    _logs.Enqueue(new CollectedLog(
                        service, scope.Scope?.Name ?? "", record.SeverityText, Text(record.Body),
                        Attributes(record.Attributes), Hex(record.TraceId), Hex(record.SpanId)));
                }
            }
        }
    }

    // A point holds an integer or a floating-point value; the other reads as zero.
    private static CollectedSeries Series(NumberDataPoint point)
        => new(Attributes(point.Attributes), point.AsInt != 0 ? point.AsInt : point.AsDouble);

    private static string ServiceName(Resource? resource)
        => resource?.Attributes.FirstOrDefault(attribute => attribute.Key == "service.name") is { } name ? Text(name.Value) : "";

    private static Dictionary<string, string> Attributes(RepeatedField<KeyValue> attributes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            result[attribute.Key] = Text(attribute.Value);
        }

        return result;
    }

    private static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);
}
