using System.Net;
using System.Text.Json;

namespace Nplv.IntegrationTests;

[Collection(SuiteCollection.Name)]
public sealed class MeasuresRoutesTests(SuiteFixture suite)
{
    public static object Measure(string title, string lead, string status = "idee", string area = "WK001410", string? participant = null) => new
    {
        title,
        description = "Leerwerkplekken bij partners in de wijk.",
        theme = "werk",
        areaCodes = new[] { area },
        leadPartnerId = lead,
        status,
        participants = new[] { new { partnerId = participant ?? (lead == GatewayClient.WerkPro ? GatewayClient.AlfaCollege : GatewayClient.WerkPro), role = "begeleiding" } },
        startDate = "2025-01-01",
        endDate = "2027-12-31",
        funding = new[] { new { source = "Regio Deal", amountCents = 12_500_000L, fromYear = 2025, toYear = 2027 } },
        milestones = new[] { new { title = "Eerste tien plekken", dueDate = "2025-06-30", done = false } },
        indicators = new[] { new { indicatorCode = "geregistreerde-werkzoekenden", expectedDirection = "down" } },
    };

    [Fact]
    public async Task AMeasureGoesThroughItsLifeOverRest()
    {
        var office = await suite.OfficeTokenAsync();
        var title = "Leerwerkplekken " + Guid.NewGuid().ToString("N")[..6];

        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office, Measure(title, GatewayClient.GemeenteGroningen));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var measure = await created.JsonAsync();
        var id = measure.GetProperty("id").GetString()!;
        Assert.Equal("2025-06-30", measure.GetProperty("milestones")[0].GetProperty("dueDate").GetString());
        Assert.Equal(12_500_000L, measure.GetProperty("funding")[0].GetProperty("amountCents").GetInt64());
        Assert.Equal("down", measure.GetProperty("indicators")[0].GetProperty("expectedDirection").GetString());

        using var planned = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", office,
            Measure(title, GatewayClient.GemeenteGroningen, "gepland"), ifMatch: created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        using var skipped = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", office,
            Measure(title, GatewayClient.GemeenteGroningen, "afgerond"), ifMatch: planned.Headers.ETag!.Tag);
        await skipped.ProblemAsync(409);

        var filtered = await (await suite.Gateway.GetAsync($"/api/v1/measures?theme=werk&status=gepland&area=WK001410&partnerId={GatewayClient.WerkPro}&pageSize=200")).JsonAsync();
        Assert.Contains(filtered.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetString() == id);
        var otherStatus = await (await suite.Gateway.GetAsync("/api/v1/measures?status=gestopt&pageSize=200")).JsonAsync();
        Assert.DoesNotContain(otherStatus.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetString() == id);

        using var stale = await suite.SendAsync(HttpMethod.Delete, $"/api/v1/measures/{id}", office, ifMatch: created.Headers.ETag!.Tag);
        await stale.ProblemAsync(412);
        using var deleted = await suite.SendAsync(HttpMethod.Delete, $"/api/v1/measures/{id}", office, ifMatch: planned.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await suite.Gateway.GetAsync($"/api/v1/measures/{id}");
        await gone.ProblemAsync(404);
    }

    [Fact]
    public async Task APartnerEditorChangesOnlyTheMeasuresItsPartnerLeadsAndKeepsTheLead()
    {
        var werkPro = await suite.EditorTokenAsync(GatewayClient.WerkPro);
        var gemeente = await suite.EditorTokenAsync(GatewayClient.GemeenteGroningen);
        var title = "Werkcoaches " + Guid.NewGuid().ToString("N")[..6];

        using var forOther = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", werkPro, Measure(title, GatewayClient.GemeenteGroningen));
        using var own = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", werkPro, Measure(title, GatewayClient.WerkPro));
        await forOther.ProblemAsync(403);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var id = (await own.JsonAsync()).GetProperty("id").GetString()!;
        var etag = own.Headers.ETag!.Tag;

        using var byOther = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", gemeente, Measure(title, GatewayClient.WerkPro, "gepland"), ifMatch: etag);
        using var handOver = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", werkPro, Measure(title, GatewayClient.GemeenteGroningen, "gepland"), ifMatch: etag);
        using var deleteByOther = await suite.SendAsync(HttpMethod.Delete, $"/api/v1/measures/{id}", gemeente, ifMatch: etag);
        using var byLead = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", werkPro, Measure(title, GatewayClient.WerkPro, "gepland"), ifMatch: etag);

        await byOther.ProblemAsync(403);
        await handOver.ProblemAsync(403);
        await deleteByOther.ProblemAsync(403);
        Assert.Equal(HttpStatusCode.OK, byLead.StatusCode);
    }

    [Fact]
    public async Task AnEditorCannotWriteAheadOfAHandOverWithAVersionThatDoesNotExistYet()
    {
        var office = await suite.OfficeTokenAsync();
        var werkPro = await suite.EditorTokenAsync(GatewayClient.WerkPro);
        var title = "Overdracht " + Guid.NewGuid().ToString("N")[..6];
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", werkPro, Measure(title, GatewayClient.WerkPro));
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;

        // Authorised on version 1 (WerkPro leads), aimed at version 2 (after the office hands the lead over).
        using var ahead = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", werkPro, Measure(title, GatewayClient.WerkPro, "gepland"), ifMatch: "\"2\"");
        using var handOver = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", office, Measure(title, GatewayClient.GemeenteGroningen), ifMatch: "\"1\"");
        using var afterHandOver = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", werkPro, Measure(title, GatewayClient.WerkPro, "gepland"), ifMatch: "\"2\"");
        using var listed = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}", office, Measure(title, GatewayClient.GemeenteGroningen, "gepland"), ifMatch: "\"1\", \"2\"");

        await ahead.ProblemAsync(412);
        Assert.Equal(HttpStatusCode.OK, handOver.StatusCode);
        await afterHandOver.ProblemAsync(403);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(GatewayClient.GemeenteGroningen, (await listed.JsonAsync()).GetProperty("leadPartnerId").GetString());
    }

    [Fact]
    public async Task UnknownReferencesAndBadValuesAre400sNamingTheFields()
    {
        var office = await suite.OfficeTokenAsync();
        var body = JsonSerializer.SerializeToNode(Measure("Onbekend", Guid.NewGuid().ToString()))!;
        body["areaCodes"] = new System.Text.Json.Nodes.JsonArray("WK001410", "WK999999");
        body["theme"] = "sport";

        using var badEnum = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office, body);
        body["theme"] = "werk";
        using var unknownRefs = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office, body);
        body["startDate"] = "2025-02-30";
        using var badDate = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office, body);
        using var badFilter = await suite.Gateway.GetAsync("/api/v1/measures?theme=sport&status=klaar");

        Assert.Contains("theme", (await badEnum.ProblemAsync(400)).Errors());
        var fields = (await unknownRefs.ProblemAsync(400)).Errors().ToList();
        Assert.Contains("leadPartnerId", fields);
        Assert.Contains("areaCodes[1]", fields);
        Assert.Contains("startDate", (await badDate.ProblemAsync(400)).Errors());
        Assert.Equal(["status", "theme"], (await badFilter.ProblemAsync(400)).Errors().Order());
    }
}
