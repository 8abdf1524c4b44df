using Nplv.Indicators.Domain;

namespace Nplv.Indicators.Tests;

public sealed class TargetEvaluationTests
{
    private static Target Absolute(double goal, double baseline = 20) =>
        new("laag-inkomen", "BU00141000", 2020, baseline, 2026, goal, null, null, "test", 1);

    [Fact]
    public void AFallingRateThatReachesItsGoalByTheTargetYearIsOnTrack()
    {
        // 20 -> 19 -> 18: one point a year, so 14 in 2026.
        var progress = TargetEvaluation.Evaluate(Absolute(15), Direction.LowerIsBetter, [new(2021, 19), new(2022, 18)], []);

        Assert.Equal(TargetStatus.OnTrack, progress.Status);
        Assert.Equal(-1, progress.TrendPerYear!.Value, precision: 9);
        Assert.Equal(14, progress.ProjectedValue!.Value, precision: 9);
        Assert.Equal((18.0, 2022), (progress.LatestValue, progress.LatestYear));
        Assert.Equal(15, progress.GoalValue);
    }

    [Fact]
    public void ARateFallingTooSlowlyIsOffTrack()
    {
        var progress = TargetEvaluation.Evaluate(Absolute(10), Direction.LowerIsBetter, [new(2022, 19)], []);

        Assert.Equal(TargetStatus.OffTrack, progress.Status);
        Assert.Equal(-0.5, progress.TrendPerYear!.Value, precision: 9);
        Assert.Equal(17, progress.ProjectedValue!.Value, precision: 9);
    }

    [Fact]
    public void AHigherIsBetterIndicatorPastItsGoalIsAchieved()
    {
        var progress = TargetEvaluation.Evaluate(Absolute(64, baseline: 60), Direction.HigherIsBetter, [new(2023, 65)], []);

        Assert.Equal(TargetStatus.Achieved, progress.Status);
    }

    [Fact]
    public void OnlyABaselineIsInsufficientData()
    {
        var progress = TargetEvaluation.Evaluate(Absolute(15), Direction.LowerIsBetter, [new(2019, 30)], []);

        Assert.Equal(TargetStatus.InsufficientData, progress.Status);
        Assert.Null(progress.TrendPerYear);
        Assert.Equal((20.0, 2020), (progress.LatestValue, progress.LatestYear));
    }

    [Fact]
    public void TheTargetsBaselineStandsForTheBaselineYearOverAnObservation()
    {
        var progress = TargetEvaluation.Evaluate(Absolute(15), Direction.LowerIsBetter, [new(2020, 50), new(2021, 19)], []);

        Assert.Equal(-1, progress.TrendPerYear!.Value, precision: 9);
    }

    [Fact]
    public void HalvingTheGapToTheGemeenteMeasuresFromTheGemeentesLatestValue()
    {
        // Baseline 20 against a gemeente at 14 in 2020: a gap of 6. Halved, on the gemeente's latest 13: goal 16.
        var target = new Target("laag-inkomen", "BU00141000", 2020, 20, 2026, null, "GM0014", 0.5, "test", 1);

        var progress = TargetEvaluation.Evaluate(
            target, Direction.LowerIsBetter, [new(2022, 18)], [new(2019, 15), new(2020, 14), new(2023, 13)]);

        Assert.Equal(16, progress.GoalValue!.Value, precision: 9);
        Assert.Equal(TargetStatus.OnTrack, progress.Status);
    }

    [Fact]
    public void ARelativeGoalWithoutAReferenceValueAtTheBaselineIsInsufficientData()
    {
        var target = new Target("laag-inkomen", "BU00141000", 2020, 20, 2026, null, "GM0014", 0.5, "test", 1);

        var progress = TargetEvaluation.Evaluate(target, Direction.LowerIsBetter, [new(2022, 18)], [new(2023, 13)]);

        Assert.Null(progress.GoalValue);
        Assert.Equal(TargetStatus.InsufficientData, progress.Status);
    }
}
