using System.Net;

namespace Nplv.IntegrationTests;

/// <summary>The gateway serves the web dashboard beside its API, without the one getting in the way of the other.</summary>
[Collection(SuiteCollection.Name)]
public sealed class WebHostingTests(SuiteFixture suite)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/wijken/WK001410")]
    [InlineData("/maatregelen/nieuw")]
    public async Task EveryPageAddressAnswersWithTheDashboard(string path)
    {
        using var response = await suite.Gateway.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"app\">", await response.Content.ReadAsStringAsync());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task BundledFilesAreCachedForGoodAndReferToNothingOutsideTheGateway()
    {
        var html = await suite.Gateway.GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);

        using var response = await suite.Gateway.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());

        using var missing = await suite.Gateway.GetAsync("/assets/missing-0000.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/does-not-exist")]
    [InlineData("/api/v2/areas")]
    [InlineData("/dev/nothing-here")]
    [InlineData("/health/everything")]
    [InlineData("/API/V1/does-not-exist")]
    public async Task AnUnknownApiAddressStaysAnApi404(string path)
    {
        using var response = await suite.Gateway.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PagesAreOnlyRead()
    {
        using var response = await suite.Gateway.PostAsync("/wijken", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task AnApiRouteThatRefusesARequestSaysWhy()
    {
        using var wrongMethod = await suite.Gateway.DeleteAsync("/api/v1/areas");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);

        using var wrongType = await suite.Gateway.PostAsync("/api/v1/imports", new StringContent("a;b", null, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
    }
}
