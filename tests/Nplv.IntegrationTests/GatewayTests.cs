using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.IntegrationTests;

[Collection(SuiteCollection.Name)]
public sealed class GatewayTests(SuiteFixture suite)
{
    [Fact]
    public async Task AreasComeFromTheIndicatorsDatabaseThroughTheGateway()
    {
        var page = await suite.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/areas?level=buurt");

        var areas = page.GetProperty("items").EnumerateArray().ToList();
        var selwerd = Assert.Single(areas, a => a.GetProperty("code").GetString() == "BU00141000");
        Assert.Equal("Selwerd", selwerd.GetProperty("name").GetString());
        Assert.Equal("buurt", selwerd.GetProperty("level").GetString());
        Assert.Equal(6525, selwerd.GetProperty("population").GetInt64());
        Assert.All(areas, a => Assert.Equal("buurt", a.GetProperty("level").GetString()));
    }

    [Fact]
    public async Task APartnerAndAMeasureMadeOverGrpcShowThroughTheGateway()
    {
        var partners = new PartnersService.PartnersServiceClient(suite.Channel("partners"));
        var measures = new MeasuresService.MeasuresServiceClient(suite.Channel("measures"));
        var werkPro = await partners.CreatePartnerAsync(new CreatePartnerRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Name = "WerkPro " + Guid.NewGuid().ToString("N")[..6],
            Type = PartnerType.Welzijn,
        });
        // The measures service checks the lead partner with the partners service over gRPC.
        var measure = await measures.CreateMeasureAsync(new CreateMeasureRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Title = "De wijk als leerwerkplek",
            Theme = Theme.Werk,
            AreaCodes = { "WK001410" },
            LeadPartnerId = werkPro.Id,
        });

        var partnerPage = await suite.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/partners?pageSize=200");
        var measurePage = await suite.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/measures?pageSize=200");

        Assert.Contains(partnerPage.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == werkPro.Id);
        var listed = Assert.Single(
            measurePage.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetString() == measure.Id);
        Assert.Equal(werkPro.Id, listed.GetProperty("leadPartnerId").GetString());
        Assert.Equal("werk", listed.GetProperty("theme").GetString());
        Assert.Equal("idee", listed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ABadQueryIsAProblemDetails400WithTheFieldNamed()
    {
        using var response = await suite.Gateway.GetAsync("/api/v1/partners?pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _), problem.ToString());
    }

    [Fact]
    public async Task AreasFilterByLevelAndParent()
    {
        var wijken = await suite.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/areas?level=wijk");
        var inNoordwest = await suite.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/areas?parentCode=WK001410");

        // The six programme wijken at least; more once a test has loaded the whole division from StatLine.
        Assert.Superset(
            new HashSet<string?> { "WK001403", "WK001404", "WK001409", "WK001410", "WK001411", "WK001412" },
            wijken.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToHashSet());
        Assert.All(wijken.GetProperty("items").EnumerateArray(), a => Assert.Equal("wijk", a.GetProperty("level").GetString()));
        Assert.Equal(
            ["BU00141000", "BU00141001", "BU00141002", "BU00141003", "BU00141004", "BU00141005"],
            inNoordwest.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("buurt,wijk")]
    [InlineData("2")]
    [InlineData("stadsdeel")]
    public async Task AnUnknownAreaLevelIsA400(string level)
    {
        using var response = await suite.Gateway.GetAsync($"/api/v1/areas?level={Uri.EscapeDataString(level)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("level", out _), problem.ToString());
    }

    [Fact]
    public async Task AServiceThatIsDownCostsTheCallerNoMoreThanTheDeadlineAndTheGatewayRecoversWithIt()
    {
        await suite.ExecuteCommandAsync("indicators", KnownResourceCommands.StopCommand);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await suite.Gateway.GetAsync("/api/v1/areas");

            // Through the app host's proxy a stopped service looks like one that never answers (504); a refused
            // connection is Unavailable (503). Either way the caller hears within the 5 s deadline.
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout });
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"took {stopwatch.Elapsed}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            // Waits past the state the service stopped in, which it may still show just after the start command.
            await suite.StartAgainAsync("indicators", untilReadsAnswer: false);
        }

        using var recovered = await suite.Gateway.GetAsync("/api/v1/areas");
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task ADatabaseOutageIsA503TheClientMayRetryAndServiceResumesAfterIt()
    {
        await suite.ExecuteCommandAsync("postgres", KnownResourceCommands.StopCommand);
        try
        {
            using var response = await suite.Gateway.GetAsync("/api/v1/partners");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
        }
        finally
        {
            await suite.ExecuteCommandAsync("postgres", KnownResourceCommands.StartCommand);
            foreach (var resource in SuiteFixture.Resources)
            {
                await suite.WaitUntilHealthyAsync(resource);
            }
        }

        // The outage may have opened the gateway's circuit to partners (when few calls went well just before it):
        // then partners is used again once the circuit's break (5 s) is over.
        var recovery = Stopwatch.StartNew();
        var recovered = await PartnersStatusAsync();
        while (recovered == HttpStatusCode.ServiceUnavailable && recovery.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            recovered = await PartnersStatusAsync();
        }

        Assert.Equal(HttpStatusCode.OK, recovered);

        async Task<HttpStatusCode> PartnersStatusAsync()
        {
            using var response = await suite.Gateway.GetAsync("/api/v1/partners");
            return response.StatusCode;
        }
    }

    [Fact]
    public async Task HealthAndAlivenessAnswer()
    {
        Assert.Equal("Healthy", await suite.Gateway.GetStringAsync("/health"));
        Assert.Equal("Healthy", await suite.Gateway.GetStringAsync("/alive"));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheRoutes()
    {
        var document = await suite.Gateway.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/partners", paths);
        Assert.Contains("/api/v1/measures", paths);
        Assert.Contains("/api/v1/areas", paths);
    }
}
