using System.Diagnostics;
using Grpc.Core;
using Nplv.Measures.Grpc;
using Nplv.Measures.V1;
using Nplv.Testing;

namespace Nplv.Measures.Tests;

[Collection(MeasuresServiceCollection.Name)]
public sealed class PartnersOutageTests(MeasuresServiceFixture fixture)
{
    [Fact]
    public async Task CreateMeasureAnswersUnavailableWhenThePartnersServiceCannotBeReached()
    {
        // Port 9 (discard) has no listener on loopback: every connection is refused at once.
        await using var measures = new GrpcServiceFactory<MeasuresGrpcService>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:measuresdb"] = fixture.Postgres.ConnectionString("measuresdb"),
            ["services:partners:http:0"] = "http://127.0.0.1:9",
            ["services:indicators:http:0"] = fixture.IndicatorsAddress.ToString(),
            ["Seed:Enabled"] = "false",
        });
        var client = new MeasuresService.MeasuresServiceClient(measures.Channel);
        var request = new CreateMeasureRequest
        {
            Title = "Gratis kinderopvang vanaf 6 maanden",
            Theme = Theme.Onderwijs,
            AreaCodes = { "BU00141000" },
            LeadPartnerId = Guid.NewGuid().ToString(),
        };

        var stopwatch = Stopwatch.StartNew();
        var ex = await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.CreateMeasureAsync(request).ResponseAsync);

        Assert.Contains("partners service", ex.Status.Detail);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }
}
