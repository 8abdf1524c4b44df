using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Testing;
using static Nplv.Indicators.Tests.ObservationRequests;

namespace Nplv.Indicators.Tests;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class ObservationsGrpcTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;

    private async Task<GetSeriesResponse> Series(Indicator indicator, int from, int to, params string[] areas)
        => await _client.GetSeriesAsync(new GetSeriesRequest { IndicatorCode = indicator.Code, FromYear = from, ToYear = to, AreaCodes = { areas } });

    [Fact]
    public async Task RecordedObservationsComeBackAsSeriesAndASuppressedFigureStaysMissing()
    {
        var indicator = await _client.NewIndicator(Aggregation.PopulationWeightedMean);

        var written = await _client.Record(
            Obs(indicator, "BU00141000", 2020, 21.5), Obs(indicator, "BU00141000", 2022, 19.25, ObservationStatus.Voorlopig),
            Obs(indicator, "BU00141005", 2020, null));
        var response = await Series(indicator, 2015, 2024, "BU00141000", "BU00141005", "BU00140300");

        Assert.Equal(3, written);
        Assert.Equal(["BU00141000", "BU00141005", "BU00140300"], response.Series.Select(s => s.AreaCode));
        var selwerd = response.Series[0].Points;
        Assert.Equal([2020, 2022], selwerd.Select(p => p.Year));
        Assert.Equal([21.5, 19.25], selwerd.Select(p => p.Value));
        Assert.Equal(ObservationStatus.Voorlopig, selwerd[1].Status);
        Assert.Equal(Source, selwerd[0].Source);
        var tuinwijk = Assert.Single(response.Series[1].Points);
        Assert.False(tuinwijk.HasValue);
        Assert.Empty(response.Series[2].Points);
    }

    [Fact]
    public async Task RecordingTheSameFiguresAgainChangesNothingAndACorrectionReplacesTheOldFigure()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        await _client.Record(Obs(indicator, "BU00141000", 2021, 10), Obs(indicator, "BU00141001", 2021, 20));

        Assert.Equal(0, await _client.Record(Obs(indicator, "BU00141000", 2021, 10), Obs(indicator, "BU00141001", 2021, 20)));
        Assert.Equal(1, await _client.Record(Obs(indicator, "BU00141000", 2021, 11), Obs(indicator, "BU00141001", 2021, 20)));
        var series = await Series(indicator, 2021, 2021, "BU00141000");
        Assert.Equal(11, series.Series[0].Points[0].Value);
    }

    [Fact]
    public async Task ABatchWithOneBadObservationIsRejectedWholeAndNamesEveryBadField()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);

        var fields = await RpcAssert.RejectsFields(() => _client.RecordObservationsAsync(new RecordObservationsRequest
        {
            Observations =
            {
                Obs(indicator, "BU00141000", 2020, 1),
                Obs(indicator, "BU99999999", 2020, 1),
                new Observation { IndicatorCode = "bestaat-niet", AreaCode = "BU00141000", Year = 1800, Value = double.NaN, Source = "" },
                Obs(indicator, "BU00141000", 2020, 2),
            },
        }).ResponseAsync);

        Assert.Equal(
            ["observations[1].area_code", "observations[2].indicator_code", "observations[2].year", "observations[2].year",
             "observations[2].value", "observations[2].status", "observations[2].source", "observations[3].year"],
            fields);
        Assert.Empty((await Series(indicator, 2020, 2020, "BU00141000")).Series[0].Points);
    }

    [Fact]
    public async Task CodesWithANulCharacterAreFieldErrorsNotADatabaseFailure()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var badIndicator = Obs(indicator, "BU00141000", 2020, 1);
        badIndicator.IndicatorCode += "\0";

        var recordFields = await RpcAssert.RejectsFields(() => _client.RecordObservationsAsync(new RecordObservationsRequest
        {
            Observations = { badIndicator, Obs(indicator, "BU00141000\0", 2021, 1) },
        }).ResponseAsync);
        var latestFields = await RpcAssert.RejectsFields(() => _client.GetLatestValuesAsync(
            new GetLatestValuesRequest { AreaCode = "GM0014", IndicatorCodes = { indicator.Code, indicator.Code + "\0" } }).ResponseAsync);

        Assert.Equal(["observations[0].indicator_code", "observations[1].area_code"], recordFields);
        Assert.Equal(["indicator_codes[1]"], latestFields);
    }

    [Fact]
    public async Task AWijkWithoutItsOwnFigureIsTheSumOfAllItsBuurten()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        await _client.Record([.. NoordwestBuurten.Select((b, i) => Obs(indicator, b.Code, 2020, i + 1))]);

        var point = Assert.Single((await Series(indicator, 2020, 2020, "WK001410")).Series[0].Points);

        Assert.True(point.Derived);
        Assert.Equal(1 + 2 + 3 + 4 + 5 + 6, point.Value);
    }

    [Fact]
    public async Task AWijkRateIsItsBuurtenRatesWeightedByInhabitants()
    {
        var indicator = await _client.NewIndicator(Aggregation.PopulationWeightedMean);
        await _client.Record([.. NoordwestBuurten.Select((b, i) => Obs(indicator, b.Code, 2020, 10 * (i + 1)))]);

        var point = Assert.Single((await Series(indicator, 2020, 2020, "WK001410")).Series[0].Points);

        var expected = NoordwestBuurten.Select((b, i) => 10.0 * (i + 1) * b.Inhabitants).Sum() / NoordwestBuurten.Sum(b => b.Inhabitants);
        Assert.Equal(expected, point.Value!, precision: 9);
        Assert.True(point.Derived);
    }

    [Fact]
    public async Task AWijkIsNotDerivedFromSomeOfItsBuurtenAndItsOwnFigureWins()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        // 2020: one buurt did not report; 2021: one buurt's figure is suppressed; 2022: the wijk has its own figure.
        await _client.Record([.. NoordwestBuurten.Skip(1).Select(b => Obs(indicator, b.Code, 2020, 1))]);
        await _client.Record([.. NoordwestBuurten.Select((b, i) => Obs(indicator, b.Code, 2021, i == 0 ? null : 1))]);
        await _client.Record([.. NoordwestBuurten.Select(b => Obs(indicator, b.Code, 2022, 1)), Obs(indicator, "WK001410", 2022, 99)]);

        var points = (await Series(indicator, 2020, 2022, "WK001410")).Series[0].Points;

        Assert.Equal([2021, 2022], points.Select(p => p.Year));
        Assert.False(points[0].HasValue);
        Assert.True(points[0].Derived);
        Assert.Equal(99, points[1].Value);
        Assert.False(points[1].Derived);
    }

    [Fact]
    public async Task AWijkRedrawnIn2024HasNoFiguresAfterItAndNoneAreDerivedForIt()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        string[] oosterpark = ["BU00140400", "BU00140401", "BU00140402", "BU00140403", "BU00140404"];
        await _client.Record([.. oosterpark.SelectMany(code => new[] { Obs(indicator, code, 2024, 1), Obs(indicator, code, 2026, 1) })]);

        var points = (await Series(indicator, 2020, 2026, "WK001404")).Series[0].Points;
        var fields = await RpcAssert.RejectsFields(() => _client.RecordObservationsAsync(
            new RecordObservationsRequest { Observations = { Obs(indicator, "WK001404", 2026, 5) } }).ResponseAsync);

        Assert.Equal([(2024, 5.0)], points.Select(p => (p.Year, p.Value)));
        Assert.Equal(["observations[0].year"], fields);
    }

    [Fact]
    public async Task LatestValuesGiveTheNewestYearOfEachIndicatorInOneArea()
    {
        var a = await _client.NewIndicator(Aggregation.Sum);
        var b = await _client.NewIndicator(Aggregation.Sum);
        await _client.Record(Obs(a, "BU00140300", 2019, 1), Obs(a, "BU00140300", 2023, 3), Obs(a, "BU00140300", 2021, 2), Obs(b, "BU00140300", 2018, 7));

        var latest = await _client.GetLatestValuesAsync(new GetLatestValuesRequest { AreaCode = "BU00140300", IndicatorCodes = { a.Code, b.Code } });

        Assert.Equal("BU00140300", latest.AreaCode);
        Assert.Equal([(a.Code, 2023, 3.0), (b.Code, 2018, 7.0)],
            latest.Values.OrderBy(v => v.IndicatorCode == a.Code ? 0 : 1).Select(v => (v.IndicatorCode, v.Year, v.Value)));
    }

    [Fact]
    public async Task LatestValuesWithoutIndicatorCodesGiveEveryIndicatorWithAnObservationInTheArea()
    {
        var a = await _client.NewIndicator(Aggregation.Sum);
        var b = await _client.NewIndicator(Aggregation.Sum);
        var elsewhere = await _client.NewIndicator(Aggregation.Sum);
        await _client.Record(
            Obs(a, "BU00140302", 2019, 1), Obs(a, "BU00140302", 2022, 2), Obs(b, "BU00140302", 2020, 5),
            Obs(elsewhere, "BU00140301", 2021, 9));
        await using var count = fixture.Database.CreateCommand(
            "SELECT count(DISTINCT indicator_code) FROM observations WHERE area_code = 'BU00140302'");

        var latest = await _client.GetLatestValuesAsync(new GetLatestValuesRequest { AreaCode = "BU00140302" });

        var values = latest.Values.Select(v => (v.IndicatorCode, v.Year, v.Value)).ToList();
        Assert.Equal((long)(await count.ExecuteScalarAsync())!, values.Count);
        Assert.Equal(values.Count, values.DistinctBy(v => v.IndicatorCode).Count());
        Assert.Contains((a.Code, 2022, 2.0), values);
        Assert.Contains((b.Code, 2020, 5.0), values);
        Assert.DoesNotContain(elsewhere.Code, values.Select(v => v.IndicatorCode));
    }

    [Fact]
    public async Task QueriesRejectBadInputAndUnknownReferences()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);

        var fields = await RpcAssert.RejectsFields(() => _client.GetSeriesAsync(
            new GetSeriesRequest { IndicatorCode = indicator.Code, FromYear = 2024, ToYear = 2020 }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => _client.GetSeriesAsync(new GetSeriesRequest
        {
            IndicatorCode = "bestaat-niet", FromYear = 2020, ToYear = 2021, AreaCodes = { "BU00141000" },
        }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _client.GetLatestValuesAsync(new GetLatestValuesRequest { AreaCode = "BU99999999" }).ResponseAsync);
        var unknownArea = await RpcAssert.RejectsFields(() => Series(indicator, 2020, 2021, "BU00141000", "BU99999999"));
        var unknownIndicator = await RpcAssert.RejectsFields(() => _client.GetLatestValuesAsync(
            new GetLatestValuesRequest { AreaCode = "BU00141000", IndicatorCodes = { indicator.Code, "bestaat-niet" } }).ResponseAsync);

        Assert.Equal(["area_codes", "to_year"], fields);
        Assert.Equal(["area_codes[1]"], unknownArea);
        Assert.Equal(["indicator_codes[1]"], unknownIndicator);
    }
}
