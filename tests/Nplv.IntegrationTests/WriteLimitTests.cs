using System.Net;

namespace Nplv.IntegrationTests;

[Collection(SuiteCollection.Name)]
public sealed class WriteLimitTests(SuiteFixture suite)
{
    [Fact]
    public async Task AClientWritingTooFastIsToldToWaitWhileOthersAndReadsGoOn()
    {
        var busy = await suite.OfficeTokenAsync();
        var other = await suite.OfficeTokenAsync();

        // Invalid bodies are cheap to send and count like any other write.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 61; i++)
        {
            using var response = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", busy, new { name = "" });
            statuses.Add(response.StatusCode);
        }

        using var limited = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", busy, new { name = "" });
        using var otherClient = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", other, new { name = "" });
        using var read = await suite.Gateway.GetAsync("/api/v1/partners");

        Assert.Equal(60, statuses.Count(s => s == HttpStatusCode.BadRequest));
        await limited.ProblemAsync(429);
        Assert.NotNull(limited.Headers.RetryAfter);
        await otherClient.ProblemAsync(400);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}
