using System.Net;

namespace Nplv.IntegrationTests;

[Collection(SuiteCollection.Name)]
public sealed class ReadRoutesTests(SuiteFixture suite)
{
    [Fact]
    public async Task IndicatorsListAndReadWithTheirSourceAndETag()
    {
        var page = await (await suite.Gateway.GetAsync("/api/v1/indicators?theme=armoede")).JsonAsync();
        using var one = await suite.Gateway.GetAsync("/api/v1/indicators/kinderen-in-armoede");
        using var unknown = await suite.Gateway.GetAsync("/api/v1/indicators/geen-indicator");

        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString() == "kinderen-in-armoede");
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("armoede", i.GetProperty("theme").GetString()));
        var indicator = await one.JsonAsync();
        Assert.Equal("lower_is_better", indicator.GetProperty("direction").GetString());
        Assert.False(string.IsNullOrEmpty(indicator.GetProperty("source").GetProperty("dataset").GetString()));
        Assert.NotNull(one.Headers.ETag);
        await unknown.ProblemAsync(404);
    }

    [Fact]
    public async Task ASeriesGivesEachFigureWithItsSourceAndNamesUnknownAreasByTheQueryParameter()
    {
        var series = await (await suite.Gateway.GetAsync("/api/v1/indicators/geregistreerde-werkzoekenden/series?area=GM0014&from=2015&to=2030")).JsonAsync();
        using var unknownArea = await suite.Gateway.GetAsync("/api/v1/indicators/geregistreerde-werkzoekenden/series?area=GM0014&area=XX0000");
        using var badYears = await suite.Gateway.GetAsync("/api/v1/indicators/geregistreerde-werkzoekenden/series?area=GM0014&from=2020&to=2010");

        var points = series.GetProperty("series")[0].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal("GM0014", series.GetProperty("series")[0].GetProperty("areaCode").GetString());
        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("source").GetString())));
        Assert.Contains("area[1]", (await unknownArea.ProblemAsync(400)).Errors());
        Assert.Contains("to", (await badYears.ProblemAsync(400)).Errors());
    }

    [Fact]
    public async Task AnAreaReadsWithItsParentAndProgramme()
    {
        var selwerd = await (await suite.Gateway.GetAsync("/api/v1/areas/BU00141000")).JsonAsync();
        using var unknown = await suite.Gateway.GetAsync("/api/v1/areas/BU99999999");

        Assert.Equal("WK001410", selwerd.GetProperty("parentCode").GetString());
        Assert.Contains(selwerd.GetProperty("programmes").EnumerateArray(), p => p.GetProperty("programme").GetString() == "nplv-groningen-noord");
        await unknown.ProblemAsync(404);
    }

    [Fact]
    public async Task ResponsesAreCompressedWhenTheClientAsks()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas?pageSize=200");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await suite.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task AFrontendOriginFromConfigurationMayCallAndAnotherMayNot()
    {
        using var allowed = await PreflightAsync(SuiteFixture.FrontendOrigin);
        using var other = await PreflightAsync("https://elders.example");

        Assert.Equal(SuiteFixture.FrontendOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("If-Match", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryRouteAndTheApiPageServesItself()
    {
        var document = await (await suite.Gateway.GetAsync("/openapi/v1.json")).JsonAsync();
        using var page = await suite.Gateway.GetAsync("/scalar/v1");

        var paths = document.GetProperty("paths");
        string[] routes =
        [
            "/api/v1/partners", "/api/v1/partners/{id}", "/api/v1/measures", "/api/v1/measures/{id}",
            "/api/v1/measures/{id}/overview", "/api/v1/indicators", "/api/v1/indicators/{code}",
            "/api/v1/indicators/{code}/series", "/api/v1/areas", "/api/v1/areas/{code}", "/api/v1/areas/{code}/dashboard",
            "/api/v1/programme",
        ];
        Assert.All(routes, route => Assert.True(paths.TryGetProperty(route, out _), route));
        var create = paths.GetProperty("/api/v1/partners").GetProperty("post");
        Assert.True(create.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(create.TryGetProperty("security", out _));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
        var replace = paths.GetProperty("/api/v1/measures/{id}").GetProperty("put");
        Assert.Contains(replace.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match");
        Assert.True(replace.GetProperty("responses").TryGetProperty("412", out _));
        Assert.Contains(create.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/measures");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,if-match,content-type");
        return await suite.Gateway.SendAsync(request);
    }
}
