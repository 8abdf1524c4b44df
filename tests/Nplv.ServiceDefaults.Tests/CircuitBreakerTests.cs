using System.Diagnostics;
using Grpc.Core;
using Nplv.Testing;

namespace Nplv.ServiceDefaults.Tests;

public sealed class CircuitBreakerTests
{
    private const string OpenCircuit = "partners is unavailable: its circuit is open";

    // Two failures in a row open the circuit.
    private static Dictionary<string, string?> Settings(string attemptTimeout, string breakDuration) => new()
    {
        ["GrpcClients:AttemptTimeout"] = attemptTimeout,
        ["GrpcClients:CircuitBreaker:MinimumThroughput"] = "2",
        ["GrpcClients:CircuitBreaker:BreakDuration"] = breakDuration,
    };

    [Fact]
    public async Task AHungServiceCostsACallTheAttemptTimeoutUntilItsCircuitOpensThenCallsFailAtOnce()
    {
        using var hung = new HungService();
        await using var client = await ClientHost.StartAsync(hung.Address, Settings("00:00:00.300", "00:00:30"));

        for (var i = 0; i < 2; i++)
        {
            var attempt = Stopwatch.StartNew();
            var timedOut = await RpcAssert.FailsWith(
                StatusCode.DeadlineExceeded,
                () => client.Partners.GetPartnerAsync(PartnerRequests.Get(), deadline: DateTime.UtcNow.AddSeconds(10)).ResponseAsync);
            Assert.InRange(attempt.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2));
            Assert.Equal("partners did not answer within 300 ms", timedOut.Status.Detail);
        }

        var failFast = Stopwatch.StartNew();
        using var call = client.Partners.GetPartnerAsync(PartnerRequests.Get(), deadline: DateTime.UtcNow.AddSeconds(10));
        var open = await RpcAssert.FailsWith(StatusCode.Unavailable, () => call.ResponseAsync);

        Assert.True(failFast.Elapsed < TimeSpan.FromMilliseconds(100), $"took {failFast.Elapsed}");
        Assert.Equal(OpenCircuit, open.Status.Detail);
        Assert.Equal(StatusCode.Unavailable, call.GetStatus().StatusCode);
        Assert.Empty(call.GetTrailers());
        await RpcAssert.FailsWith(StatusCode.Unavailable, () => call.ResponseHeadersAsync);
    }

    [Fact]
    public async Task AfterTheBreakDurationARecoveredServiceIsUsedAgain()
    {
        await using var server = await PartnersServer.StartAsync(Answers.Unavailable);
        await using var client = await ClientHost.StartAsync(server.Address, Settings("00:00:03", "00:00:01"));
        for (var i = 0; i < 2; i++)
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.Partners.CreatePartnerAsync(PartnerRequests.Create()).ResponseAsync);
        }

        server.Answering = Answers.Ok;
        var open = await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.Partners.GetPartnerAsync(PartnerRequests.Get()).ResponseAsync);
        Assert.Equal(OpenCircuit, open.Status.Detail);
        Assert.Equal(2, server.Calls);

        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        await client.Partners.GetPartnerAsync(PartnerRequests.Get());
        await client.Partners.GetPartnerAsync(PartnerRequests.Get());
        Assert.Equal(4, server.Calls);
    }

    [Fact]
    public async Task ACallTheCallerCancelsIsCancelledIsNotRetriedAndDoesNotCountAgainstTheService()
    {
        var caller = new CancellationTokenSource();
        await using var server = await PartnersServer.StartAsync((call, context) =>
        {
            caller.Cancel();
            return Answers.Unavailable(call, context);
        });
        await using var client = await ClientHost.StartAsync(server.Address, Settings("00:00:03", "00:00:30"));

        for (var i = 0; i < 3; i++)
        {
            caller = new CancellationTokenSource();
            var cancelled = await RpcAssert.FailsWith(
                StatusCode.Cancelled,
                () => client.Partners.GetPartnerAsync(PartnerRequests.Get(), cancellationToken: caller.Token).ResponseAsync);
            Assert.Equal("Call canceled by the client.", cancelled.Status.Detail);
        }

        // Longer than both backoffs together: a retry would have come by now.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal(3, server.Calls);

        server.Answering = Answers.Ok;
        await client.Partners.GetPartnerAsync(PartnerRequests.Get());
        Assert.Equal(4, server.Calls);
    }
}
