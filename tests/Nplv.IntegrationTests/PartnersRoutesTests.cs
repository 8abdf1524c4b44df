using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Nplv.IntegrationTests;

[Collection(SuiteCollection.Name)]
public sealed class PartnersRoutesTests(SuiteFixture suite)
{
    public static object Lefier(string name, string role = "verhuurder") => new
    {
        name,
        type = "woningcorporatie",
        role,
        website = "https://www.lefier.nl",
        contacts = new[] { new { name = "Gebiedsregisseur Noord", function = "regisseur", email = "noord@lefier.example" } },
    };

    [Fact]
    public async Task AProgrammeOfficeCreatesReadsReplacesAndArchivesAPartner()
    {
        var office = await suite.OfficeTokenAsync();
        var name = GatewayClient.NewPartner("Lefier");

        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, Lefier(name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var partner = await created.JsonAsync();
        var id = partner.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/partners/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal("woningcorporatie", partner.GetProperty("type").GetString());
        Assert.Equal("noord@lefier.example", partner.GetProperty("contacts")[0].GetProperty("email").GetString());

        using var read = await suite.Gateway.GetAsync($"/api/v1/partners/{id}");
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);

        using var replaced = await suite.SendAsync(HttpMethod.Put, $"/api/v1/partners/{id}", office, Lefier(name, "verhuurder en wijkpartner"), ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag?.Tag);
        Assert.Equal("verhuurder en wijkpartner", (await replaced.JsonAsync()).GetProperty("role").GetString());

        using var archived = await suite.SendAsync(HttpMethod.Delete, $"/api/v1/partners/{id}", office, ifMatch: "\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, archived.StatusCode);
        var after = await (await suite.Gateway.GetAsync($"/api/v1/partners/{id}")).JsonAsync();
        Assert.True(after.GetProperty("archived").GetBoolean());

        var listed = await (await suite.Gateway.GetAsync($"/api/v1/partners?query={Uri.EscapeDataString(name)}")).JsonAsync();
        Assert.Empty(listed.GetProperty("items").EnumerateArray());
        var withArchived = await (await suite.Gateway.GetAsync($"/api/v1/partners?query={Uri.EscapeDataString(name)}&includeArchived=true&type=woningcorporatie")).JsonAsync();
        Assert.Single(withArchived.GetProperty("items").EnumerateArray());

        // Every change is in the partner's history, newest first, with each changed field before and after.
        using (var anonymous = await suite.Gateway.GetAsync($"/api/v1/partners/{id}/history"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        var history = (await suite.GetOkJsonAsync($"/api/v1/partners/{id}/history", office)).GetProperty("items");
        Assert.Equal(["archived", "updated", "created"], history.EnumerateArray().Select(c => c.GetProperty("action").GetString()));
        Assert.All(history.EnumerateArray(), c => Assert.Equal("programme-office", c.GetProperty("actor").GetProperty("role").GetString()));
        var role = Assert.Single(history[1].GetProperty("fields").EnumerateArray());
        Assert.Equal(("role", "verhuurder", "verhuurder en wijkpartner"),
            (role.GetProperty("field").GetString(), role.GetProperty("before").GetString(), role.GetProperty("after").GetString()));
        var contacts = history[2].GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "contacts");
        Assert.Equal("noord@lefier.example", contacts.GetProperty("after")[0].GetProperty("email").GetString());
        Assert.Equal("woningcorporatie", history[2].GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("field").GetString() == "type").GetProperty("after").GetString());

        var page = await suite.GetOkJsonAsync($"/api/v1/partners/{id}/history?pageSize=2", office);
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var rest = await suite.GetOkJsonAsync($"/api/v1/partners/{id}/history?pageSize=2&pageToken={page.GetProperty("nextPageToken").GetString()}", office);
        Assert.Equal("created", Assert.Single(rest.GetProperty("items").EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task AStaleIfMatchIs412AMissingOneIs428AndAMatchingIfNoneMatchIs304()
    {
        var office = await suite.OfficeTokenAsync();
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, Lefier(GatewayClient.NewPartner("Lefier")));
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;
        using var first = await suite.SendAsync(HttpMethod.Put, $"/api/v1/partners/{id}", office, Lefier("Lefier A " + id), ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // A second editor still holding version 1 loses nothing silently: the change is refused.
        using var stale = await suite.SendAsync(HttpMethod.Put, $"/api/v1/partners/{id}", office, Lefier("Lefier B " + id), ifMatch: "\"1\"");
        await stale.ProblemAsync(412);
        using var missing = await suite.SendAsync(HttpMethod.Put, $"/api/v1/partners/{id}", office, Lefier("Lefier B " + id));
        await missing.ProblemAsync(428);
        using var weak = await suite.SendAsync(HttpMethod.Put, $"/api/v1/partners/{id}", office, Lefier("Lefier B " + id), ifMatch: "W/\"2\"");
        await weak.ProblemAsync(412);
        Assert.Equal("Lefier A " + id, (await (await suite.Gateway.GetAsync($"/api/v1/partners/{id}")).JsonAsync()).GetProperty("name").GetString());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/partners/{id}");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"2\""));
        using var notModified = await suite.Gateway.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task APostRetriedWithItsIdempotencyKeyCreatesOnceAndAnswersTheSame()
    {
        var office = await suite.OfficeTokenAsync();
        var body = Lefier(GatewayClient.NewPartner("Lefier"));
        var key = Guid.NewGuid().ToString();

        using var first = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, body, idempotencyKey: key);
        using var retry = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, body, idempotencyKey: key);
        using var otherBody = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, Lefier(GatewayClient.NewPartner("Anders")), idempotencyKey: key);
        using var badKey = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, body, idempotencyKey: new string('k', 300));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        await otherBody.ProblemAsync(422);
        Assert.Contains("Idempotency-Key", (await badKey.ProblemAsync(400)).Errors());
    }

    [Fact]
    public async Task WritesNeedAValidTokenAndAPartnerEditorChangesOnlyItsOwnPartner()
    {
        var office = await suite.OfficeTokenAsync();
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, Lefier(GatewayClient.NewPartner("Lefier")));
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;
        var ownEditor = await suite.EditorTokenAsync(id);
        var otherEditor = await suite.EditorTokenAsync(GatewayClient.WerkPro);
        var expired = await suite.TokenAsync("programme-office", lifetimeSeconds: -600);
        var forged = GatewayClient.ForgedToken();

        using var anonymous = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", null, Lefier("Anoniem"));
        using var withExpired = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", expired, Lefier("Verlopen"));
        using var withForged = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", forged, Lefier("Vervalst"));
        using var editorCreates = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", ownEditor, Lefier("Nieuw"));
        using var otherEdits = await suite.SendAsync(HttpMethod.Put, $"/api/v1/partners/{id}", otherEditor, Lefier("Overname"), ifMatch: "\"1\"");
        using var ownArchives = await suite.SendAsync(HttpMethod.Delete, $"/api/v1/partners/{id}", ownEditor, ifMatch: "\"1\"");
        using var ownEdits = await suite.SendAsync(HttpMethod.Put, $"/api/v1/partners/{id}", ownEditor, Lefier("Lefier " + id, "eigen rol"), ifMatch: "\"1\"");

        await anonymous.ProblemAsync(401);
        Assert.Contains(anonymous.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        await withExpired.ProblemAsync(401);
        await withForged.ProblemAsync(401);
        await editorCreates.ProblemAsync(403);
        await otherEdits.ProblemAsync(403);
        await ownArchives.ProblemAsync(403);
        Assert.Equal(HttpStatusCode.OK, ownEdits.StatusCode);
    }

    [Fact]
    public async Task BadBodiesAreProblemDetailsNamingTheFieldNeverA500()
    {
        var office = await suite.OfficeTokenAsync();

        using var validation = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, new { name = "", type = "woningcorporatie" });
        using var badEnum = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, new { name = "X", type = "stichting" });
        using var wrongType = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, Raw("""{"name": 42, "type": "welzijn"}"""));
        using var broken = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, Raw("""{"name": "X", """));
        using var nullContact = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, Raw("""{"name": "X", "type": "welzijn", "contacts": [null]}"""));
        using var notJson = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, new StringContent("name=X", Encoding.UTF8, "text/plain"));
        using var oversize = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, Raw($$"""{"name": "{{new string('a', 2 * 1024 * 1024)}}"}"""));
        using var badPageSize = await suite.Gateway.GetAsync("/api/v1/partners?pageSize=many");
        using var badId = await suite.Gateway.GetAsync("/api/v1/partners/not-a-uuid");
        using var unknown = await suite.Gateway.GetAsync($"/api/v1/partners/{Guid.NewGuid()}");

        Assert.Contains("name", (await validation.ProblemAsync(400)).Errors());
        Assert.Contains("type", (await badEnum.ProblemAsync(400)).Errors());
        Assert.Contains("name", (await wrongType.ProblemAsync(400)).Errors());
        Assert.Contains("$", (await broken.ProblemAsync(400)).Errors());
        Assert.Contains("contacts[0]", (await nullContact.ProblemAsync(400)).Errors());
        await notJson.ProblemAsync(415);
        await oversize.ProblemAsync(413);
        Assert.Contains("pageSize", (await badPageSize.ProblemAsync(400)).Errors());
        Assert.Contains("id", (await badId.ProblemAsync(400)).Errors());
        await unknown.ProblemAsync(404);
    }

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");
}
