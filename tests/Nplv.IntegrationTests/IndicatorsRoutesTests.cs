using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Nplv.IntegrationTests;

/// <summary>
/// Indicators defined and targets set through the gateway, by the programme office. Each test defines indicators of
/// its own, so no other test sees their targets.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class IndicatorsRoutesTests(SuiteFixture suite)
{
    public static object Indicator(string code, string name = "Jongeren met een startkwalificatie") => new
    {
        code,
        name,
        definition = "Aandeel jongeren van 18 tot 23 jaar met ten minste een mbo-2-diploma.",
        unit = "%",
        direction = "higher_is_better",
        theme = "onderwijs",
        source = new { dataset = "Gemeente Groningen, Onderwijsmonitor", column = "startkwalificatie" },
        aggregation = "none",
    };

    public static object Target(double baseline = 71.5, double goal = 80) => new
    {
        baselineYear = 2022,
        baselineValue = baseline,
        targetYear = 2030,
        absoluteGoal = goal,
        source = "Programmaplan Groningen-Noord 2022",
    };

    public static string NewCode() => $"startkwalificatie-{Guid.NewGuid():N}"[..40];

    [Fact]
    public async Task TheProgrammeOfficeDefinesAnIndicatorOnceAndEditsItByVersion()
    {
        var office = await suite.OfficeTokenAsync();
        var code = NewCode();
        var key = Guid.NewGuid().ToString();

        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, Indicator(code), idempotencyKey: key);
        using var retried = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, Indicator(code), idempotencyKey: key);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        Assert.Equal($"/api/v1/indicators/{code}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(created.Headers.ETag, retried.Headers.ETag);
        var read = await suite.GetOkJsonAsync($"/api/v1/indicators/{code}");
        Assert.Equal(("onderwijs", "higher_is_better", "none"),
            (read.GetProperty("theme").GetString(), read.GetProperty("direction").GetString(), read.GetProperty("aggregation").GetString()));

        var tag = created.Headers.ETag!.Tag;
        using var edited = await suite.SendAsync(HttpMethod.Put, $"/api/v1/indicators/{code}", office, Indicator(code, "Startkwalificatie"), ifMatch: tag);
        using var stale = await suite.SendAsync(HttpMethod.Put, $"/api/v1/indicators/{code}", office, Indicator(code, "Oud"), ifMatch: tag);
        using var blind = await suite.SendAsync(HttpMethod.Put, $"/api/v1/indicators/{code}", office, Indicator(code, "Blind"));
        using var renamed = await suite.SendAsync(HttpMethod.Put, $"/api/v1/indicators/{code}", office, Indicator("andere-code"), ifMatch: edited.Headers.ETag?.Tag);
        using var unknown = await suite.SendAsync(HttpMethod.Put, "/api/v1/indicators/bestaat-niet", office, Indicator("bestaat-niet"), ifMatch: "\"1\"");

        Assert.True(edited.StatusCode == HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        Assert.Equal("Startkwalificatie", (await edited.JsonAsync()).GetProperty("name").GetString());
        Assert.NotEqual(tag, edited.Headers.ETag!.Tag);
        await stale.ProblemAsync(412);
        await blind.ProblemAsync(428);
        Assert.Equal(["code"], (await renamed.ProblemAsync(400)).Errors());
        await unknown.ProblemAsync(404);
        Assert.Equal("Startkwalificatie", (await suite.GetOkJsonAsync($"/api/v1/indicators/{code}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ABadIndicatorIsA400NamingEachFieldAndNothingIsDefined()
    {
        var office = await suite.OfficeTokenAsync();
        var code = NewCode();

        using var empty = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, new { code, direction = "lower_is_better", aggregation = "sum" });
        using var badCode = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, Indicator("Met Hoofdletters"));
        using var badEnums = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office,
            new { code, name = "X", unit = "%", direction = "omhoog", theme = "sport", source = new { dataset = "X" }, aggregation = "gemiddeld" });
        using var broken = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office,
            new StringContent("""{"code": "x", "name": 3""", Encoding.UTF8, "application/json"));
        using var duplicate = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, Indicator("geregistreerde-werkzoekenden"));

        var missing = (await empty.ProblemAsync(400)).Errors();
        Assert.Superset(new HashSet<string> { "name", "unit", "theme", "source.dataset" }, missing.ToHashSet());
        Assert.Equal(["code"], (await badCode.ProblemAsync(400)).Errors());
        Assert.Superset(new HashSet<string> { "direction", "aggregation" }, (await badEnums.ProblemAsync(400)).Errors().ToHashSet());
        await broken.ProblemAsync(400);
        await duplicate.ProblemAsync(409);
        using var notDefined = await suite.Gateway.GetAsync($"/api/v1/indicators/{code}");
        Assert.Equal(HttpStatusCode.NotFound, notDefined.StatusCode);
    }

    [Fact]
    public async Task ATargetSetThroughTheGatewayShowsWithItsProgressOnTheAreasDashboard()
    {
        var office = await suite.OfficeTokenAsync();
        var code = NewCode();
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, Indicator(code)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var path = $"/api/v1/indicators/{code}/targets/WK001409";
        using var set = await suite.SendAsync(HttpMethod.Put, path, office, Target());
        Assert.True(set.StatusCode == HttpStatusCode.Created, await set.Content.ReadAsStringAsync());
        var target = (await set.JsonAsync()).GetProperty("target");
        Assert.Equal((2022, 71.5, 2030, 80.0), (target.GetProperty("baselineYear").GetInt32(), target.GetProperty("baselineValue").GetDouble(),
            target.GetProperty("targetYear").GetInt32(), target.GetProperty("absoluteGoal").GetDouble()));
        Assert.False(string.IsNullOrEmpty(target.GetProperty("status").GetString()));

        // A relative goal in place of the absolute one, on the version read; the old version is refused after.
        var relative = new
        {
            baselineYear = 2022, baselineValue = 71.5, targetYear = 2030,
            relativeGoal = new { referenceAreaCode = "GM0014", gapFraction = 0.5 }, source = "Programmaplan Groningen-Noord 2022",
        };
        using var changed = await suite.SendAsync(HttpMethod.Put, path, office, relative, ifMatch: set.Headers.ETag!.Tag);
        using var stale = await suite.SendAsync(HttpMethod.Put, path, office, Target(goal: 90), ifMatch: set.Headers.ETag!.Tag);
        Assert.True(changed.StatusCode == HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        await stale.ProblemAsync(412);

        var listed = Assert.Single((await suite.GetOkJsonAsync($"/api/v1/indicators/{code}/targets")).EnumerateArray());
        Assert.Equal("WK001409", listed.GetProperty("areaCode").GetString());
        Assert.Equal("GM0014", listed.GetProperty("target").GetProperty("relativeGoal").GetProperty("referenceAreaCode").GetString());
        var dashboard = await suite.GetOkJsonAsync("/api/v1/areas/WK001409/dashboard");
        var shown = Assert.Single(dashboard.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == code);
        Assert.Equal(0.5, shown.GetProperty("target").GetProperty("relativeGoal").GetProperty("gapFraction").GetDouble());

        // The target's changes are in its history and in its indicator's.
        var targetHistory = (await suite.GetOkJsonAsync($"{path}/history", office)).GetProperty("items");
        Assert.Equal(["updated", "created"], targetHistory.EnumerateArray().Select(c => c.GetProperty("action").GetString()));
        var goal = targetHistory[0].GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        Assert.Equal(80.0, goal["absoluteValue"].GetProperty("before").GetDouble());
        Assert.Equal(JsonValueKind.Null, goal["absoluteValue"].GetProperty("after").ValueKind);
        Assert.Equal("GM0014", goal["referenceAreaCode"].GetProperty("after").GetString());
        var indicatorHistory = (await suite.GetOkJsonAsync($"/api/v1/indicators/{code}/history", office)).GetProperty("items");
        Assert.Equal(
            ["target WK001409 updated", "target WK001409 created", "indicator  created"],
            indicatorHistory.EnumerateArray().Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("label").GetString()} {c.GetProperty("action").GetString()}"));
    }

    [Fact]
    public async Task ABadTargetIsA400NamingTheFieldAndNoTargetIsSet()
    {
        var office = await suite.OfficeTokenAsync();
        var code = NewCode();
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, Indicator(code)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var path = $"/api/v1/indicators/{code}/targets/WK001409";
        using var empty = await suite.SendAsync(HttpMethod.Put, path, office, new { });
        using var both = await suite.SendAsync(HttpMethod.Put, path, office, new
        {
            baselineYear = 2022, baselineValue = 1, targetYear = 2030, absoluteGoal = 2,
            relativeGoal = new { referenceAreaCode = "GM0014", gapFraction = 0.5 }, source = "X",
        });
        using var backwards = await suite.SendAsync(HttpMethod.Put, path, office, new { baselineYear = 2030, baselineValue = 1, targetYear = 2022, absoluteGoal = 2, source = "X" });
        using var badGap = await suite.SendAsync(HttpMethod.Put, path, office, new
        {
            baselineYear = 2022, baselineValue = 1, targetYear = 2030, relativeGoal = new { referenceAreaCode = "GM0014", gapFraction = 3 }, source = "X",
        });
        using var unknownArea = await suite.SendAsync(HttpMethod.Put, $"/api/v1/indicators/{code}/targets/WK009999", office, Target());
        using var unknownIndicator = await suite.SendAsync(HttpMethod.Put, "/api/v1/indicators/bestaat-niet/targets/WK001409", office, Target());
        using var notANumber = await suite.SendAsync(HttpMethod.Put, path, office,
            new StringContent("""{"baselineYear": "dit jaar"}""", Encoding.UTF8, "application/json"));

        Assert.Superset(new HashSet<string> { "baselineYear", "baselineValue", "targetYear", "absoluteGoal" }, (await empty.ProblemAsync(400)).Errors().ToHashSet());
        Assert.Equal(["absoluteGoal"], (await both.ProblemAsync(400)).Errors());
        Assert.Equal(["targetYear"], (await backwards.ProblemAsync(400)).Errors());
        Assert.Equal(["relativeGoal.gapFraction"], (await badGap.ProblemAsync(400)).Errors());
        Assert.Contains("areaCode", (await unknownArea.ProblemAsync(400)).Errors());
        Assert.True(unknownIndicator.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, await unknownIndicator.Content.ReadAsStringAsync());
        Assert.Equal(["baselineYear"], (await notANumber.ProblemAsync(400)).Errors());
        Assert.Empty((await suite.GetOkJsonAsync($"/api/v1/indicators/{code}/targets")).EnumerateArray());
    }
}
