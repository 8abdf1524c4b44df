using System.Diagnostics;
using Grpc.Core;
using Nplv.Testing;

namespace Nplv.ServiceDefaults.Tests;

public sealed class RetryTests
{
    private static Task UnavailableOnce(int call, ServerCallContext context)
        => call == 1 ? Answers.Unavailable(call, context) : Answers.Ok(call, context);

    [Fact]
    public async Task AReadIsSentAgainAfterUnavailableAndTheCallShowsTheAttemptThatAnswered()
    {
        await using var server = await PartnersServer.StartAsync(UnavailableOnce);
        await using var client = await ClientHost.StartAsync(server.Address);

        using var call = client.Partners.GetPartnerAsync(PartnerRequests.Get());
        var partner = await call.ResponseAsync;

        Assert.Equal("WerkPro", partner.Name);
        Assert.Equal(2, server.Calls);
        Assert.Equal("2", (await call.ResponseHeadersAsync).GetValue("call"));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
        Assert.Equal("2", call.GetTrailers().GetValue("call"));
    }

    [Fact]
    public async Task ABlockingReadIsSentAgainToo()
    {
        await using var server = await PartnersServer.StartAsync(UnavailableOnce);
        await using var client = await ClientHost.StartAsync(server.Address);

        var partner = client.Partners.GetPartner(PartnerRequests.Get());

        Assert.Equal("WerkPro", partner.Name);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task AWriteIsSentOnce()
    {
        await using var server = await PartnersServer.StartAsync(Answers.Unavailable);
        await using var client = await ClientHost.StartAsync(server.Address);

        using var call = client.Partners.CreatePartnerAsync(PartnerRequests.Create());
        var failure = await RpcAssert.FailsWith(StatusCode.Unavailable, () => call.ResponseAsync);

        Assert.Equal("down for maintenance", failure.Status.Detail);
        Assert.Equal(1, server.Calls);
        Assert.Equal("1", (await call.ResponseHeadersAsync).GetValue("call"));
        Assert.Equal("1", call.GetTrailers().GetValue("call"));
    }

    [Fact]
    public async Task WithNothingListeningAReadIsTriedThreeTimesWithBackoffAndAWriteOnce()
    {
        using var events = new PollyEvents("partners-refused");
        await using var client = await ClientHost.StartAsync(
            new Uri($"http://127.0.0.1:{FreePort.Next()}"), serviceName: "partners-refused");

        var read = Stopwatch.StartNew();
        await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.Partners.GetPartnerAsync(PartnerRequests.Get()).ResponseAsync);
        read.Stop();
        Assert.Equal(3, events.Attempts);
        Assert.Equal(2, events.Retries);
        // The two backoffs: 50-150 ms, then 100-300 ms.
        Assert.InRange(read.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(3));

        await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.Partners.CreatePartnerAsync(PartnerRequests.Create()).ResponseAsync);
        Assert.Equal(4, events.Attempts);
        Assert.Equal(2, events.Retries);
    }
}
