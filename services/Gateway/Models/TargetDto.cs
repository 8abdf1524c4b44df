using Nplv.Indicators.V1;

namespace Nplv.Gateway.Models;

/// <summary>Part of the gap to a reference area to close, such as half the gap to the city average.</summary>
public sealed record RelativeGoalDto(string ReferenceAreaCode, double GapFraction);

/// <summary>
/// A target and its progress: the goal as set (an absolute value or a relative goal), the value it works out to,
/// the least-squares trend since the baseline and where that trend lands in the target year.
/// </summary>
public sealed record TargetDto(
    int BaselineYear,
    double BaselineValue,
    int TargetYear,
    double? AbsoluteGoal,
    RelativeGoalDto? RelativeGoal,
    double? GoalValue,
    double? TrendPerYear,
    double? ProjectedValue,
    string Status,
    string Source,
    long Version)
{
    public static TargetDto From(TargetProgress progress)
    {
        var target = progress.Target;
        return new(
            target.BaselineYear,
            target.BaselineValue,
            target.TargetYear,
            target.GoalCase == Target.GoalOneofCase.AbsoluteValue ? target.AbsoluteValue : null,
            target.GoalCase == Target.GoalOneofCase.Relative
                ? new RelativeGoalDto(target.Relative.ReferenceAreaCode, target.Relative.GapFraction)
                : null,
            progress.HasGoalValue ? progress.GoalValue : null,
            progress.HasTrendPerYear ? progress.TrendPerYear : null,
            progress.HasProjectedValue ? progress.ProjectedValue : null,
            progress.Status.ToJsonName(),
            target.Source,
            target.Version);
    }
}

/// <summary>A target with the indicator and area it is for, and the latest figure its progress is measured by.</summary>
public sealed record TargetOfAreaDto(string IndicatorCode, string AreaCode, TargetDto Target, double? LatestValue, int? LatestYear)
{
    public static TargetOfAreaDto From(TargetProgress progress) => new(
        progress.Target.IndicatorCode,
        progress.Target.AreaCode,
        TargetDto.From(progress),
        progress.HasLatestValue ? progress.LatestValue : null,
        progress.LatestYear > 0 ? progress.LatestYear : null);
}
