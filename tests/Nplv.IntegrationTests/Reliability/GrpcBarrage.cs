using Grpc.Core;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Sends malformed calls a few at a time and records the status each ended with.</summary>
internal sealed class GrpcBarrage(GrpcTargets targets, int parallelism)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private long _sequence;

    public BarrageReport Report { get; } = new();

    public Task SendAsync(IEnumerable<MalformedCall> calls)
        => Parallel.ForEachAsync(
            calls.Select(call => (Sequence: Interlocked.Increment(ref _sequence), Call: call)),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (numbered, _) =>
            {
                var (status, detail) = await InvokeAsync(numbered.Call);
                var expected = numbered.Call.FrameworkRefusal ? GrpcFramework.Refused(status, detail) : numbered.Call.Expected.Contains(status);
                Report.Record(numbered.Sequence, numbered.Call.Kind, status.ToString(), expected,
                    () => $"{numbered.Call.Describe()} => {status} \"{BarrageReport.Snippet(detail, 300)}\"");
            });

    private async Task<(StatusCode Status, string Detail)> InvokeAsync(MalformedCall call)
    {
        try
        {
            await call.Invoke(targets, new CallOptions(deadline: DateTime.UtcNow + Deadline));
            return (StatusCode.OK, "");
        }
        catch (RpcException ex)
        {
            return (ex.StatusCode, ex.Status.Detail);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return (StatusCode.Unavailable, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
