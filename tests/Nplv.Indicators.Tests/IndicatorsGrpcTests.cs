using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Testing;

namespace Nplv.Indicators.Tests;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class IndicatorsGrpcTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;

    internal static Indicator LowIncome(string code) => new()
    {
        Code = code,
        Name = "Huishoudens met een laag inkomen",
        Definition = "Particuliere huishoudens met een inkomen tot 105% van het sociaal minimum.",
        Unit = "%",
        Direction = Direction.LowerIsBetter,
        Theme = "armoede",
        Source = new IndicatorSource { Dataset = "CBS 85984NED", Column = "HuishoudensTot110VanSociaalMinimum_80" },
        Aggregation = Aggregation.PopulationWeightedMean,
    };

    private static string NewCode() => "laag-inkomen-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task CreateIndicatorStoresItAndGetIndicatorReturnsIt()
    {
        var created = await _client.CreateIndicatorAsync(new CreateIndicatorRequest { Indicator = LowIncome(NewCode()) });

        Assert.Equal(1, created.Version);
        Assert.Equal(Aggregation.PopulationWeightedMean, created.Aggregation);
        Assert.Equal("CBS 85984NED", created.Source.Dataset);
        Assert.Equal(created, await _client.GetIndicatorAsync(new GetIndicatorRequest { Code = created.Code }));
    }

    [Fact]
    public async Task CreateIndicatorRejectsEveryBadFieldAtOnce()
    {
        var indicator = LowIncome("Laag Inkomen");
        indicator.Name = "";
        indicator.Direction = Direction.Unspecified;
        indicator.Theme = "verkeer";
        indicator.Aggregation = (Aggregation)9;

        var fields = await RpcAssert.RejectsFields(
            () => _client.CreateIndicatorAsync(new CreateIndicatorRequest { Indicator = indicator }).ResponseAsync);

        Assert.Equal(["indicator.code", "indicator.name", "indicator.direction", "indicator.theme", "indicator.aggregation"], fields);
    }

    [Fact]
    public async Task RetriedCreateReturnsTheFirstResultButAnotherCreateOfTheSameCodeIsAlreadyExists()
    {
        var request = new CreateIndicatorRequest { RequestId = Guid.NewGuid().ToString(), Indicator = LowIncome(NewCode()) };

        var first = await _client.CreateIndicatorAsync(request);
        var retried = await _client.CreateIndicatorAsync(request);

        var reused = new CreateIndicatorRequest { RequestId = request.RequestId, Indicator = LowIncome(NewCode()) };
        request.RequestId = Guid.NewGuid().ToString();

        Assert.Equal(first, retried);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => _client.CreateIndicatorAsync(request).ResponseAsync);
        var ex = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => _client.CreateIndicatorAsync(reused).ResponseAsync);
        Assert.Contains("request_id", ex.Status.Detail);
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _client.GetIndicatorAsync(new GetIndicatorRequest { Code = reused.Indicator.Code }).ResponseAsync);
    }

    [Fact]
    public async Task UpdateIndicatorWithTheReadVersionChangesItAndAStaleVersionChangesNothing()
    {
        var created = await _client.CreateIndicatorAsync(new CreateIndicatorRequest { Indicator = LowIncome(NewCode()) });
        var change = created.Clone();
        change.Name = "Huishoudens tot 105% van het sociaal minimum";

        var updated = await _client.UpdateIndicatorAsync(new UpdateIndicatorRequest { Indicator = change });
        var stale = change.Clone();
        stale.Name = "Overschreven";
        var ex = await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => _client.UpdateIndicatorAsync(new UpdateIndicatorRequest { Indicator = stale }).ResponseAsync);

        Assert.Equal(2, updated.Version);
        Assert.Equal("Huishoudens tot 105% van het sociaal minimum", updated.Name);
        Assert.NotNull(ex.GetRpcStatus()?.GetDetail<Google.Rpc.PreconditionFailure>());
        Assert.Equal(updated, await _client.GetIndicatorAsync(new GetIndicatorRequest { Code = created.Code }));
    }

    [Fact]
    public async Task UnknownIndicatorsAreNotFound()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _client.GetIndicatorAsync(new GetIndicatorRequest { Code = "bestaat-niet" }).ResponseAsync);
        var update = LowIncome("bestaat-niet");
        update.Version = 1;
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _client.UpdateIndicatorAsync(new UpdateIndicatorRequest { Indicator = update }).ResponseAsync);
    }

    [Fact]
    public async Task BatchGetReturnsTheIndicatorsInTheOrderAskedAndNamesTheMissingOnes()
    {
        var a = await _client.CreateIndicatorAsync(new CreateIndicatorRequest { Indicator = LowIncome(NewCode()) });
        var b = await _client.CreateIndicatorAsync(new CreateIndicatorRequest { Indicator = LowIncome(NewCode()) });

        var batch = await _client.BatchGetIndicatorsAsync(new BatchGetIndicatorsRequest { Codes = { b.Code, a.Code } });
        var ex = await RpcAssert.FailsWith(StatusCode.NotFound, () => _client.BatchGetIndicatorsAsync(
            new BatchGetIndicatorsRequest { Codes = { a.Code, "bestaat-niet" } }).ResponseAsync);

        Assert.Equal([b.Code, a.Code], batch.Indicators.Select(i => i.Code));
        Assert.Contains("bestaat-niet", ex.Status.Detail);
    }

    [Fact]
    public async Task ListIndicatorsFiltersByThemeAndPages()
    {
        var werk = LowIncome(NewCode());
        werk.Theme = "werk";
        await _client.CreateIndicatorAsync(new CreateIndicatorRequest { Indicator = werk });

        var onlyWerk = await _client.ListIndicatorsAsync(new ListIndicatorsRequest { Theme = "werk", PageSize = 200 });
        var all = new List<string>();
        var request = new ListIndicatorsRequest { PageSize = 1 };
        do
        {
            var page = await _client.ListIndicatorsAsync(request);
            all.AddRange(page.Indicators.Select(i => i.Code));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");

        Assert.All(onlyWerk.Indicators, i => Assert.Equal("werk", i.Theme));
        Assert.Contains(werk.Code, onlyWerk.Indicators.Select(i => i.Code));
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Contains(werk.Code, all);
        await RpcAssert.RejectsFields(() => _client.ListIndicatorsAsync(new ListIndicatorsRequest { Theme = "verkeer" }).ResponseAsync);
    }
}
