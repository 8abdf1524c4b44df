namespace Nplv.Indicators.Domain;

/// <summary>Whether a target is met or on its way: the trend since the baseline, carried on to the target year.</summary>
public static class TargetEvaluation
{
    /// <param name="values">The area's values of the indicator; those before the baseline year are ignored.</param>
    /// <param name="referenceValues">The reference area's values, for a relative goal.</param>
    public static TargetProgress Evaluate(
        Target target, Direction direction, IReadOnlyList<YearValue> values, IReadOnlyList<YearValue> referenceValues)
    {
        // The target's own baseline stands for the baseline year, whatever was observed then.
        var points = values
            .Where(v => v.Year > target.BaselineYear)
            .Prepend(new YearValue(target.BaselineYear, target.BaselineValue))
            .OrderBy(v => v.Year)
            .ToList();
        var latest = points[^1];
        var goal = Goal(target, referenceValues);
        var trend = points.Count >= 2 ? Slope(points) : (double?)null;
        var projected = trend is { } slope ? Line(points, slope, target.TargetYear) : (double?)null;

        var status = goal switch
        {
            null => TargetStatus.InsufficientData,
            _ when Meets(latest.Value, goal.Value, direction) => TargetStatus.Achieved,
            _ when projected is null => TargetStatus.InsufficientData,
            _ when Meets(projected.Value, goal.Value, direction) => TargetStatus.OnTrack,
            _ => TargetStatus.OffTrack,
        };

        return new TargetProgress(target, goal, latest.Value, latest.Year, trend, projected, status);
    }

    /// <summary>
    /// The absolute value; or the reference's latest value plus what is left of the baseline gap: with a gap of 6 points
    /// in the baseline year and a fraction of 0.5, the goal is the reference's latest value plus 3.
    /// </summary>
    private static double? Goal(Target target, IReadOnlyList<YearValue> referenceValues)
    {
        if (target.AbsoluteValue is { } absolute)
        {
            return absolute;
        }

        var atBaseline = referenceValues.Where(v => v.Year <= target.BaselineYear).MaxBy(v => v.Year);
        var latest = referenceValues.MaxBy(v => v.Year);
        if (atBaseline is null || latest is null || target.GapFraction is not { } fraction)
        {
            return null;
        }

        return latest.Value + (target.BaselineValue - atBaseline.Value) * (1 - fraction);
    }

    private static bool Meets(double value, double goal, Direction direction)
        => direction == Direction.LowerIsBetter ? value <= goal : value >= goal;

    /// <summary>Least-squares slope of value over year.</summary>
    private static double Slope(IReadOnlyList<YearValue> points)
    {
        var meanYear = points.Average(p => p.Year);
        var meanValue = points.Average(p => p.Value);
        var covariance = points.Sum(p => (p.Year - meanYear) * (p.Value - meanValue));
        var variance = points.Sum(p => (p.Year - meanYear) * (p.Year - meanYear));
        return covariance / variance;
    }

    private static double Line(IReadOnlyList<YearValue> points, double slope, int year)
        => points.Average(p => p.Value) + slope * (year - points.Average(p => p.Year));
}
