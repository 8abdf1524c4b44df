using System.Net;
using System.Text.Json;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Many clients changing one thing at once: every change either lands on the version it read or is refused.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ConcurrencyTests(SuiteFixture suite)
{
    private const int Clients = 50;

    [Fact]
    public async Task FiftyEditorsOfOneMeasureEachLandOnTheVersionTheyReadOrAreRefused()
    {
        var office = await suite.OfficeTokenAsync();
        var title = "Gelijktijdig bewerkt " + Guid.NewGuid().ToString("N")[..6];
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office, MeasuresRoutesTests.Measure(title, GatewayClient.GemeenteGroningen));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;
        var firstTag = created.Headers.ETag!.Tag;

        // Each editor its own client (token), as fifty people at fifty desks.
        var tokens = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => suite.OfficeTokenAsync()));
        var edits = await Task.WhenAll(tokens.Select((token, editor) => EditAsync(id, token, $"{title} door bewerker {editor}")));

        var unexpected = edits.Where(edit => edit.Status is not (HttpStatusCode.OK or HttpStatusCode.PreconditionFailed)).ToList();
        Assert.True(unexpected.Count == 0, "answers other than 200 or 412: " + string.Join("; ", unexpected.Select(e => $"{(int)e.Status} {e.Body}")));

        // The changes that landed form one chain: each was made on the version the one before it left, none twice.
        var landed = edits.Where(edit => edit.Status == HttpStatusCode.OK).OrderBy(edit => Version(edit.NewTag!)).ToList();
        Assert.NotEmpty(landed);
        var expectedBase = firstTag;
        foreach (var edit in landed)
        {
            Assert.Equal(expectedBase, edit.ReadTag);
            Assert.Equal(Version(edit.ReadTag) + 1, Version(edit.NewTag!));
            expectedBase = edit.NewTag!;
        }

        using var final = await suite.Gateway.GetAsync($"/api/v1/measures/{id}");
        Assert.Equal(expectedBase, final.Headers.ETag!.Tag);
        Assert.Equal(landed[^1].Title, (await final.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task FiftyRetriesOfOneCreateAtOnceMakeOneMeasure()
    {
        var office = await suite.OfficeTokenAsync();
        var title = "Eén keer aangemaakt " + Guid.NewGuid().ToString("N")[..6];
        var key = Guid.NewGuid().ToString();
        var body = MeasuresRoutesTests.Measure(title, GatewayClient.GemeenteGroningen);

        var answers = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var response = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office, body, idempotencyKey: key);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, Body: text);
        }));

        var unexpected = answers.Where(answer => answer.StatusCode != HttpStatusCode.Created).ToList();
        Assert.True(unexpected.Count == 0, "answers other than 201: " + string.Join("; ", unexpected.Select(a => $"{(int)a.StatusCode} {a.Body}")));
        var ids = answers.Select(answer => JsonDocument.Parse(answer.Body).RootElement.GetProperty("id").GetString()).Distinct().ToList();
        Assert.Single(ids);

        Assert.Equal(1, await suite.CountListedAsync("/api/v1/measures", m => m.GetProperty("title").GetString() == title));
    }

    private async Task<Edit> EditAsync(string id, string token, string title)
    {
        using var read = await suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{id}", token);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var readTag = read.Headers.ETag!.Tag;
        var measure = await read.JsonAsync();
        var input = MeasuresRoutesTests.Measure(title, measure.GetProperty("leadPartnerId").GetString()!);

        using var write = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", token, input, ifMatch: readTag);
        return new Edit(title, readTag, write.StatusCode, write.Headers.ETag?.Tag, await write.Content.ReadAsStringAsync());
    }

    private static long Version(string tag) => long.Parse(tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Edit(string Title, string ReadTag, HttpStatusCode Status, string? NewTag, string Body);
}
