using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Nplv.IntegrationTests;

/// <summary>The programme office imports a kaart through the gateway, and the maps read its outlines back as GeoJSON.</summary>
[Collection(SuiteCollection.Name)]
public sealed class AreaShapesRoutesTests(SuiteFixture suite)
{
    /// <summary>Two buurten of Noordwest as squares side by side in WGS84, and one of Amsterdam, as in the national kaart.</summary>
    public const string Kaart = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"buurtcode":"BU00141000","buurtnaam":"Selwerd"},"geometry":{"type":"Polygon","coordinates":[[[6.55,53.23],[6.56,53.23],[6.56,53.24],[6.55,53.24],[6.55,53.23]]]}},
          {"type":"Feature","properties":{"buurtcode":"BU00141001","buurtnaam":"Paddepoel-Zuid"},"geometry":{"type":"Polygon","coordinates":[[[6.56,53.23],[6.57,53.23],[6.57,53.24],[6.56,53.24],[6.56,53.23]]]}},
          {"type":"Feature","properties":{"buurtcode":"BU03630000","buurtnaam":"Kop Zeedijk"},"geometry":{"type":"Polygon","coordinates":[[[4.9,52.37],[4.91,52.37],[4.91,52.38],[4.9,52.37]]]}}
        ]}
        """;

    private async Task<HttpResponseMessage> ImportAsync(string query, string? token, string body = Kaart)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/areas/shapes?" + query)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/geo+json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await suite.Gateway.SendAsync(request);
    }

    [Fact]
    public async Task AKaartImportedByTheOfficeIsServedAsCacheableGeoJsonAndImportingItAgainChangesNothing()
    {
        var office = await suite.OfficeTokenAsync();
        const string query = "format=geojson&year=2022&region=GM0014&source=CBS%20Wijk-%20en%20buurtkaart%202022";

        using var first = await ImportAsync(query, office);
        using var again = await ImportAsync(query, office);
        var imported = await first.JsonAsync();
        var repeated = await again.JsonAsync();
        using var served = await suite.Gateway.GetAsync("/api/v1/areas/shapes?level=buurt&year=2022");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((2022, 2, 0, 1), (imported.GetProperty("divisionYear").GetInt32(), imported.GetProperty("written").GetInt32(),
            imported.GetProperty("unchanged").GetInt32(), imported.GetProperty("skipped").GetInt32()));
        Assert.Equal((0, 2), (repeated.GetProperty("written").GetInt32(), repeated.GetProperty("unchanged").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/geo+json", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(1), served.Headers.CacheControl?.MaxAge);
        Assert.True(served.Headers.CacheControl?.Public);
        var collection = await served.JsonAsync();
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        Assert.Equal(2022, collection.GetProperty("divisionYear").GetInt32());
        var divisions = collection.GetProperty("divisions").EnumerateArray().Select(d => d.GetInt32()).ToList();
        Assert.Contains(2022, divisions);
        Assert.Equal(divisions.OrderDescending(), divisions);
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["BU00141000", "BU00141001"], features.Select(f => f.GetProperty("id").GetString()));
        Assert.All(features, f => Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(features[0].GetProperty("properties").GetProperty("name").GetString()));

        // Asked for compressed, as browsers do: the same outlines in fewer bytes, under the same validator.
        using var compressedRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas/shapes?level=buurt&year=2022");
        compressedRequest.Headers.AcceptEncoding.ParseAdd("gzip");
        using var compressed = await suite.Gateway.SendAsync(compressedRequest);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        await using (var unzipped = new System.IO.Compression.GZipStream(await compressed.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
        {
            using var reader = new StreamReader(unzipped);
            Assert.Equal(await served.Content.ReadAsStringAsync(), await reader.ReadToEndAsync());
        }

        Assert.True(served.Headers.ETag!.IsWeak);
        Assert.Equal(served.Headers.ETag, compressed.Headers.ETag);

        // Asked again with its ETag: 304, nothing sent.
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas/shapes?level=buurt&year=2022");
        revalidate.Headers.IfNoneMatch.Add(served.Headers.ETag!);
        using var notModified = await suite.Gateway.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("format=kml&year=2023&source=x", "format")]
    [InlineData("format=geojson&source=x", "year")]
    [InlineData("format=geojson&year=2023&region=WK001410&source=x", "region")]
    [InlineData("format=geojson&year=2023&source=", "source")]
    [InlineData("format=geojson&year=2023&source=x", "file")]
    public async Task ABadImportIsA400NamingItsParameterAndWritesNothing(string query, string field)
    {
        // Without a region the Amsterdam buurt is no area here: the file is refused whole.
        using var response = await ImportAsync(query, await suite.OfficeTokenAsync());

        var problem = await response.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty((await suite.GetOkJsonAsync("/api/v1/areas/shapes?level=buurt&year=2023")).GetProperty("features").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/areas/shapes", "level")]
    [InlineData("/api/v1/areas/shapes?level=straat", "level")]
    [InlineData("/api/v1/areas/shapes?level=buurt&year=1800", "year")]
    public async Task ABadShapesQueryIsA400NamingItsParameter(string path, string field)
    {
        using var response = await suite.Gateway.GetAsync(path);

        var problem = await response.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
