using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Testing;

namespace Nplv.Indicators.Tests;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class TargetsGrpcTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;

    private async Task<Indicator> NewIndicatorWithFigures()
    {
        var indicator = await _client.CreateIndicatorAsync(new CreateIndicatorRequest
        {
            Indicator = IndicatorsGrpcTests.LowIncome("doel-" + Guid.NewGuid().ToString("N")[..8]),
        });
        var observations = new (string Area, int Year, double Value)[]
        {
            ("BU00141000", 2021, 19), ("BU00141000", 2022, 18), ("GM0014", 2020, 14), ("GM0014", 2023, 13),
        };
        await _client.RecordObservationsAsync(new RecordObservationsRequest
        {
            Observations =
            {
                observations.Select(o => new Observation
                {
                    IndicatorCode = indicator.Code, AreaCode = o.Area, Year = o.Year, Value = o.Value,
                    Status = ObservationStatus.Definitief, Source = "test",
                }),
            },
        });
        return indicator;
    }

    private static Target HalveTheGap(Indicator indicator) => new()
    {
        IndicatorCode = indicator.Code,
        AreaCode = "BU00141000",
        BaselineYear = 2020,
        BaselineValue = 20,
        TargetYear = 2026,
        Relative = new RelativeGoal { ReferenceAreaCode = "GM0014", GapFraction = 0.5 },
        Source = "test: halveer het verschil met de gemeente",
    };

    [Fact]
    public async Task ATargetIsStoredAndListedWithItsProgress()
    {
        var indicator = await NewIndicatorWithFigures();

        var saved = await _client.SetTargetAsync(new SetTargetRequest { Target = HalveTheGap(indicator) });
        var listed = await _client.ListTargetsAsync(new ListTargetsRequest { IndicatorCode = indicator.Code });

        Assert.Equal(1, saved.Version);
        var progress = Assert.Single(listed.Targets);
        Assert.Equal(saved, progress.Target);
        Assert.Equal(16, progress.GoalValue, precision: 9);
        Assert.Equal(-1, progress.TrendPerYear, precision: 9);
        Assert.Equal(14, progress.ProjectedValue, precision: 9);
        Assert.Equal((18.0, 2022), (progress.LatestValue, progress.LatestYear));
        Assert.Equal(TargetStatus.OnTrack, progress.Status);
    }

    [Fact]
    public async Task ARetriedCreateReturnsTheTargetButAnotherCreateOrAStaleUpdateIsAVersionConflict()
    {
        var indicator = await NewIndicatorWithFigures();
        var target = HalveTheGap(indicator);

        var first = await _client.SetTargetAsync(new SetTargetRequest { Target = target });
        var retried = await _client.SetTargetAsync(new SetTargetRequest { Target = target });
        var change = first.Clone();
        change.TargetYear = 2027;
        var changed = await _client.SetTargetAsync(new SetTargetRequest { Target = change });
        target.TargetYear = 2030;

        Assert.Equal(first, retried);
        Assert.Equal(2, changed.Version);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => _client.SetTargetAsync(new SetTargetRequest { Target = target }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => _client.SetTargetAsync(new SetTargetRequest { Target = change }).ResponseAsync);
        var stored = Assert.Single((await _client.ListTargetsAsync(new ListTargetsRequest { IndicatorCode = indicator.Code })).Targets);
        Assert.Equal(changed, stored.Target);
    }

    [Fact]
    public async Task SetTargetRejectsBadFieldsAndUnknownReferences()
    {
        var indicator = await NewIndicatorWithFigures();
        var bad = HalveTheGap(indicator);
        bad.TargetYear = 2019;
        bad.Relative.GapFraction = 1.5;
        var unknown = HalveTheGap(indicator);
        unknown.Relative.ReferenceAreaCode = "GM9999";

        var badFields = await RpcAssert.RejectsFields(() => _client.SetTargetAsync(new SetTargetRequest { Target = bad }).ResponseAsync);
        var unknownFields = await RpcAssert.RejectsFields(() => _client.SetTargetAsync(new SetTargetRequest { Target = unknown }).ResponseAsync);
        var update = HalveTheGap(indicator);
        update.Version = 3;

        Assert.Equal(["target.target_year", "target.relative.gap_fraction"], badFields);
        Assert.Equal(["target.relative.reference_area_code"], unknownFields);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => _client.SetTargetAsync(new SetTargetRequest { Target = update }).ResponseAsync);
    }

    [Fact]
    public async Task ListTargetsWithNeitherAreaNorIndicatorListsEveryTarget()
    {
        var relative = await _client.SetTargetAsync(new SetTargetRequest { Target = HalveTheGap(await NewIndicatorWithFigures()) });
        var goal = HalveTheGap(await NewIndicatorWithFigures());
        goal.AreaCode = "GM0014";
        goal.AbsoluteValue = 12;
        var absolute = await _client.SetTargetAsync(new SetTargetRequest { Target = goal });
        await using var count = fixture.Database.CreateCommand("SELECT count(*) FROM targets");

        var listed = (await _client.ListTargetsAsync(new ListTargetsRequest())).Targets.Select(p => p.Target).ToList();

        Assert.Equal((long)(await count.ExecuteScalarAsync())!, listed.Count);
        Assert.Contains(relative, listed);
        Assert.Contains(absolute, listed);
    }
}
