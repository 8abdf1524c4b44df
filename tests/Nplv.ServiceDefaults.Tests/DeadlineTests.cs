using System.Diagnostics;
using Grpc.Core;
using Nplv.Testing;

namespace Nplv.ServiceDefaults.Tests;

public sealed class DeadlineTests
{
    [Fact]
    public async Task NoRetryStartsThatTheDefaultDeadlineWouldCutShort()
    {
        using var events = new PollyEvents("partners-deadline");
        await using var client = await ClientHost.StartAsync(
            new Uri($"http://127.0.0.1:{FreePort.Next()}"),
            new Dictionary<string, string?> { ["GrpcClients:DefaultDeadline"] = "00:00:00.140" },
            serviceName: "partners-deadline");

        var failure = await Assert.ThrowsAsync<RpcException>(() => client.Partners.GetPartnerAsync(PartnerRequests.Get()).ResponseAsync);

        // The first backoff can be 150 ms, more than the whole deadline: the read ends with its first attempt,
        // refused (Unavailable) or, on a slow machine, out of time.
        Assert.Contains(failure.StatusCode, new[] { StatusCode.Unavailable, StatusCode.DeadlineExceeded });
        Assert.Equal(1, events.Attempts);
        Assert.Equal(0, events.Retries);
    }

    [Fact]
    public async Task AnAttemptEndsWithTheCallsDeadlineWhenThatComesBeforeTheAttemptTimeout()
    {
        using var hung = new HungService();
        await using var client = await ClientHost.StartAsync(hung.Address);

        var call = Stopwatch.StartNew();
        await RpcAssert.FailsWith(
            StatusCode.DeadlineExceeded,
            () => client.Partners.GetPartnerAsync(PartnerRequests.Get(), deadline: DateTime.UtcNow.AddMilliseconds(300)).ResponseAsync);

        Assert.InRange(call.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2));
    }
}
