using Google.Rpc;
using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Testing;
using static Nplv.Indicators.Tests.ObservationRequests;

namespace Nplv.Indicators.Tests;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class BatchGetSeriesTests(IndicatorsServiceFixture fixture)
{
    private static readonly string[] Areas = ["WK001410", "BU00141000", "BU00141005"];

    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;

    private static BatchGetSeriesRequest Request(params string[] indicatorCodes)
        => new() { IndicatorCodes = { indicatorCodes }, AreaCodes = { Areas }, FromYear = 2019, ToYear = 2022 };

    [Fact]
    public async Task BatchGetSeriesAnswersEachIndicatorAsGetSeriesDoesInTheOrderAsked()
    {
        var sum = await _client.NewIndicator(Aggregation.Sum);
        var rate = await _client.NewIndicator(Aggregation.PopulationWeightedMean);
        var median = await _client.NewIndicator(Aggregation.None);
        var quiet = await _client.NewIndicator(Aggregation.Sum);
        foreach (var indicator in new[] { sum, rate, median })
        {
            await _client.Record([.. NoordwestBuurten.Select((b, i) => Obs(indicator, b.Code, 2020, i + 1))]);
        }

        await _client.Record(Obs(sum, "WK001410", 2021, 40), Obs(rate, "BU00141000", 2022, null, ObservationStatus.Voorlopig));

        var batch = await _client.BatchGetSeriesAsync(Request(median.Code, quiet.Code, sum.Code, rate.Code));

        Assert.Equal([median.Code, quiet.Code, sum.Code, rate.Code], batch.Results.Select(r => r.Indicator.Code));
        foreach (var result in batch.Results)
        {
            var single = await _client.GetSeriesAsync(new GetSeriesRequest
            {
                IndicatorCode = result.Indicator.Code, AreaCodes = { Areas }, FromYear = 2019, ToYear = 2022,
            });
            Assert.Equal(single, result);
            Assert.Equal(Areas, result.Series.Select(s => s.AreaCode));
        }

        Assert.Equal([(2020, 21.0, true), (2021, 40.0, false)],
            batch.Results[2].Series[0].Points.Select(p => (p.Year, p.Value, p.Derived)));
        var weighted = NoordwestBuurten.Select((b, i) => (i + 1.0) * b.Inhabitants).Sum() / NoordwestBuurten.Sum(b => b.Inhabitants);
        var rateInWijk = Assert.Single(batch.Results[3].Series[0].Points);
        Assert.Equal((2020, true), (rateInWijk.Year, rateInWijk.Derived));
        Assert.Equal(weighted, rateInWijk.Value, precision: 9);
        Assert.Empty(batch.Results[0].Series[0].Points);
        Assert.All(batch.Results[1].Series, series => Assert.Empty(series.Points));
    }

    [Fact]
    public async Task BatchGetSeriesIsNotFoundNamingEveryUnknownIndicator()
    {
        var known = await _client.NewIndicator(Aggregation.Sum);

        var ex = await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _client.BatchGetSeriesAsync(Request("bestaat-niet", known.Code, "ook-niet")).ResponseAsync);

        var resource = ex.GetRpcStatus()!.GetDetail<ResourceInfo>();
        Assert.Equal(("indicator", "bestaat-niet, ook-niet"), (resource.ResourceType, resource.ResourceName));
    }

    [Fact]
    public async Task BatchGetSeriesRejectsMoreThanFiftyIndicatorsRepeatsAndBadRanges()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var tooMany = Request([.. Enumerable.Range(0, 51).Select(i => $"indicator-{i}")]);
        var repeated = Request(indicator.Code, "andere", $" {indicator.Code}");
        var badRange = new BatchGetSeriesRequest { IndicatorCodes = { indicator.Code, "" }, FromYear = 2024, ToYear = 2020 };
        var unknownArea = Request(indicator.Code);
        unknownArea.AreaCodes.Add("BU99999999");

        Assert.Equal(["indicator_codes"], await RpcAssert.RejectsFields(() => _client.BatchGetSeriesAsync(tooMany).ResponseAsync));
        Assert.Equal(["indicator_codes[2]"], await RpcAssert.RejectsFields(() => _client.BatchGetSeriesAsync(repeated).ResponseAsync));
        Assert.Equal(["indicator_codes[1]", "area_codes", "to_year"],
            await RpcAssert.RejectsFields(() => _client.BatchGetSeriesAsync(badRange).ResponseAsync));
        Assert.Equal(["area_codes[3]"], await RpcAssert.RejectsFields(() => _client.BatchGetSeriesAsync(unknownArea).ResponseAsync));
    }

    [Fact]
    public async Task BatchGetSeriesWithFiftyIndicatorsAnswersEveryOne()
    {
        var indicators = new List<Indicator>();
        for (var i = 0; i < 50; i++)
        {
            indicators.Add(await _client.NewIndicator(Aggregation.Sum));
        }

        await _client.Record([.. indicators.Select((indicator, i) => Obs(indicator, "BU00141000", 2021, i))]);

        var batch = await _client.BatchGetSeriesAsync(Request([.. indicators.Select(i => i.Code)]));

        Assert.Equal(indicators.Select(i => i.Code), batch.Results.Select(r => r.Indicator.Code));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (double)i), batch.Results.Select(r => Assert.Single(r.Series[1].Points).Value));
    }
}
