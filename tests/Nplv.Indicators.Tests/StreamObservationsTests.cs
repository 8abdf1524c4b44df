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
