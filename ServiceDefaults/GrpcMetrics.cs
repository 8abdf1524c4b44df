using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.Core;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The duration and status of every gRPC call a process serves or makes, per method, named after OpenTelemetry's RPC
/// conventions: <c>rpc.server.call.duration</c> and <c>rpc.client.call.duration</c>, in seconds, tagged with
/// <c>rpc.method</c> (<c>package.Service/Method</c>) and <c>rpc.response.status_code</c> (<c>OK</c>, <c>UNAVAILABLE</c>...).
/// </summary>
public sealed class GrpcMetrics
{
    public const string MeterName = "Nplv.Grpc";

    // Calls answer in milliseconds, imports run for minutes.
    private static readonly double[] DurationBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    private readonly Histogram<double> _serverDuration;
    private readonly Histogram<double> _clientDuration;

    public GrpcMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _serverDuration = meter.CreateHistogram(
            "rpc.server.call.duration", "s", "Duration of the gRPC calls this process served.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _clientDuration = meter.CreateHistogram(
            "rpc.client.call.duration", "s", "Duration of the gRPC calls this process made, retries included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public void RecordServerCall(string method, StatusCode status, long startTimestamp)
        => Record(_serverDuration, method, status, startTimestamp);

    public void RecordClientCall(string method, StatusCode status, long startTimestamp)
        => Record(_clientDuration, method, status, startTimestamp);

    public static StatusCode StatusOf(Exception exception) => exception switch
    {
        RpcException rpc => rpc.StatusCode,
        OperationCanceledException => StatusCode.Cancelled,
        _ => StatusCode.Unknown,
    };

    private static void Record(Histogram<double> histogram, string method, StatusCode status, long startTimestamp)
    {
        if (!histogram.Enabled)
        {
            return;
        }

        histogram.Record(
            Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds,
            new KeyValuePair<string, object?>("rpc.system.name", "grpc"),
            new KeyValuePair<string, object?>("rpc.method", method.TrimStart('/')),
            new KeyValuePair<string, object?>("rpc.response.status_code", StatusName(status)));
    }

    private static string StatusName(StatusCode status) => status switch
    {
        StatusCode.OK => "OK",
        StatusCode.Cancelled => "CANCELLED",
        StatusCode.Unknown => "UNKNOWN",
        StatusCode.InvalidArgument => "INVALID_ARGUMENT",
        StatusCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        StatusCode.NotFound => "NOT_FOUND",
        StatusCode.AlreadyExists => "ALREADY_EXISTS",
        StatusCode.PermissionDenied => "PERMISSION_DENIED",
        StatusCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        StatusCode.FailedPrecondition => "FAILED_PRECONDITION",
        StatusCode.Aborted => "ABORTED",
        StatusCode.OutOfRange => "OUT_OF_RANGE",
        StatusCode.Unimplemented => "UNIMPLEMENTED",
        StatusCode.Internal => "INTERNAL",
        StatusCode.Unavailable => "UNAVAILABLE",
        StatusCode.DataLoss => "DATA_LOSS",
        StatusCode.Unauthenticated => "UNAUTHENTICATED",
        _ => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
