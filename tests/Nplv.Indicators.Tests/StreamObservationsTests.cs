using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Testing;
using static Nplv.Indicators.Tests.ObservationRequests;

namespace Nplv.Indicators.Tests;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class StreamObservationsTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;

    private async Task<List<ObservationBatch>> Stream(StreamObservationsRequest request)
    {
        using var call = _client.StreamObservations(request);
        return await call.ResponseStream.ReadAllAsync().ToListAsync();
    }

    [Fact]
    public async Task AStreamHoldsEveryMatchingFigureInOrderInBatchesOfAThousand()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var areas = await AreasValidFrom2020Async();
        var recorded = areas
            .SelectMany(code => Enumerable.Range(2020, 30).Select(year => Obs(
                indicator, code, year, year == 2021 ? null : year * 0.5 + code.Length,
                year == 2049 ? ObservationStatus.Voorlopig : ObservationStatus.Definitief)))
            .ToList();
        Assert.True(recorded.Count > 1_000, $"{recorded.Count} figures");
        await _client.Record([.. recorded]);

        var batches = await Stream(new StreamObservationsRequest { IndicatorCodes = { indicator.Code } });

        Assert.Equal((recorded.Count + 999) / 1_000, batches.Count);
        Assert.All(batches.SkipLast(1), batch => Assert.Equal(1_000, batch.Observations.Count));
        var expected = recorded.OrderBy(o => o.AreaCode, StringComparer.Ordinal).ThenBy(o => o.Year).ToList();
        Assert.Equal(expected, batches.SelectMany(batch => batch.Observations));

        // Narrowed to two areas (in the stream's order, not the request's) and three years, by area and year.
        var narrowed = await Stream(new StreamObservationsRequest
        {
            IndicatorCodes = { indicator.Code }, AreaCodes = { areas[1], areas[0] }, FromYear = 2020, ToYear = 2022,
        });
        var figures = Assert.Single(narrowed).Observations;
        Assert.Equal(
            expected.Where(o => (o.AreaCode == areas[0] || o.AreaCode == areas[1]) && o.Year is >= 2020 and <= 2022),
            figures);
        Assert.False(figures.Single(o => o.AreaCode == areas[0] && o.Year == 2021).HasValue);
    }

    [Fact]
    public async Task AStreamAsOfAMomentGivesTheFiguresAsTheyWereKnownThen()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        await _client.Record(Obs(indicator, "BU00141000", 2023, 10, ObservationStatus.Voorlopig), Obs(indicator, "BU00141001", 2023, 20));
        var before = Timestamp.FromDateTime(DateTime.UtcNow);
        await Task.Delay(10);
        await _client.Record(Obs(indicator, "BU00141000", 2023, 12), Obs(indicator, "BU00141002", 2023, 30));

        var then = await Stream(new StreamObservationsRequest { IndicatorCodes = { indicator.Code }, AsOf = before });
        var now = await Stream(new StreamObservationsRequest { IndicatorCodes = { indicator.Code } });

        Assert.Equal(
            [Obs(indicator, "BU00141000", 2023, 10, ObservationStatus.Voorlopig), Obs(indicator, "BU00141001", 2023, 20)],
            Assert.Single(then).Observations);
        Assert.Equal(
            [Obs(indicator, "BU00141000", 2023, 12), Obs(indicator, "BU00141001", 2023, 20), Obs(indicator, "BU00141002", 2023, 30)],
            Assert.Single(now).Observations);
    }

    [Fact]
    public async Task AStreamHoldsObservedFiguresOnlyNotAWijkDerivedFromItsBuurten()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        await _client.Record([.. NoordwestBuurten.Select((b, i) => Obs(indicator, b.Code, 2020, i + 1))]);
        Assert.True(Assert.Single((await _client.GetSeriesAsync(new GetSeriesRequest
        {
            IndicatorCode = indicator.Code, AreaCodes = { "WK001410" }, FromYear = 2020, ToYear = 2020,
        })).Series[0].Points).Derived);

        var figures = (await Stream(new StreamObservationsRequest { IndicatorCodes = { indicator.Code } })).SelectMany(b => b.Observations).ToList();

        Assert.Equal(NoordwestBuurten.Select(b => b.Code).Order(StringComparer.Ordinal), figures.Select(o => o.AreaCode));
        Assert.Empty(await Stream(new StreamObservationsRequest { IndicatorCodes = { indicator.Code }, AreaCodes = { "WK001410" } }));
    }

    [Fact]
    public async Task StreamsBeyondTheBoundAreRefusedAtOnceUntilOneEnds()
    {
        // Enough figures that a stream nobody reads stays open: HTTP/2 flow control holds the service at its write.
        var indicators = new List<Indicator>();
        var areas = await AreasValidFrom2020Async();
        for (var i = 0; i < 3; i++)
        {
            var indicator = await _client.NewIndicator(Aggregation.Sum);
            indicators.Add(indicator);
            await _client.Record([.. areas.SelectMany(code => Enumerable.Range(2020, 81).Select(year => Obs(indicator, code, year, year)))]);
        }

        var request = new StreamObservationsRequest { IndicatorCodes = { indicators.Select(i => i.Code) } };
        var open = new List<AsyncServerStreamingCall<ObservationBatch>>();
        try
        {
            for (var i = 0; i < IndicatorsServiceFixture.MaxConcurrentStreams; i++)
            {
                var call = _client.StreamObservations(request);
                open.Add(call);
                Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            }

            var refused = await RpcAssert.FailsWith(StatusCode.ResourceExhausted, () => Stream(request));
            Assert.Contains("at once", refused.Status.Detail);
        }
        finally
        {
            open.ForEach(call => call.Dispose());
        }

        // The caller gone, its slot comes free as soon as the service notices.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                Assert.Equal(3 * areas.Count * 81, (await Stream(request)).Sum(batch => batch.Observations.Count));
                break;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.ResourceExhausted && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    [Fact]
    public async Task AStreamWithoutAMatchEndsWithoutABatch()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);

        Assert.Empty(await Stream(new StreamObservationsRequest { IndicatorCodes = { indicator.Code } }));
    }

    [Fact]
    public async Task ABadStreamRequestNamesEveryBadFieldBeforeAnyFigure()
    {
        var shapeFields = await RpcAssert.RejectsFields(() => Stream(new StreamObservationsRequest
        {
            IndicatorCodes = { "" }, AreaCodes = { new string('B', 17) }, FromYear = 1800, ToYear = 2200,
            AsOf = new Timestamp { Seconds = -1, Nanos = -5 },
        }));
        var unknownFields = await RpcAssert.RejectsFields(() => Stream(new StreamObservationsRequest
        {
            IndicatorCodes = { "bestaat-niet" }, AreaCodes = { "GM0014", "BU99999999" }, FromYear = 2020, ToYear = 2019,
        }));
        var tooMany = await RpcAssert.RejectsFields(() => Stream(new StreamObservationsRequest
        {
            AreaCodes = { Enumerable.Repeat("GM0014", 201) },
        }));

        Assert.Equal(["indicator_codes[0]", "area_codes[0]", "from_year", "to_year", "as_of"], shapeFields);
        Assert.Equal(["to_year"], unknownFields);
        Assert.Equal(["area_codes"], tooMany);
        Assert.Equal(
            ["indicator_codes[0]", "area_codes[1]"],
            await RpcAssert.RejectsFields(() => Stream(new StreamObservationsRequest
            {
                IndicatorCodes = { "bestaat-niet" }, AreaCodes = { "GM0014", "BU99999999" },
            })));
    }

    private async Task<List<string>> AreasValidFrom2020Async()
    {
        var codes = new List<string>();
        var request = new ListAreasRequest { PageSize = 500 };
        do
        {
            var page = await _client.ListAreasAsync(request);
            codes.AddRange(page.Areas.Where(a => a.ValidFromYear <= 2020 && !a.HasValidToYear).Select(a => a.Code));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");

        return [.. codes.Order(StringComparer.Ordinal)];
    }
}
