namespace Nplv.Indicators.Domain;

/// <summary>
/// Where an indicator should be in an area by <see cref="TargetYear"/>: an absolute value, or a part of the gap to a
/// reference area closed (<see cref="GapFraction"/> 0.5 with the gemeente: "halve the gap to the gemeente").
/// </summary>
public sealed record Target(
    string IndicatorCode,
    string AreaCode,
    int BaselineYear,
    double BaselineValue,
    int TargetYear,
    double? AbsoluteValue,
    string? ReferenceAreaCode,
    double? GapFraction,
    string Source,
    long Version);

public enum TargetStatus
{
    Achieved,
    OnTrack,
    OffTrack,
    InsufficientData,
}

public sealed record TargetProgress(
    Target Target,
    double? GoalValue,
    double? LatestValue,
    int? LatestYear,
    double? TrendPerYear,
    double? ProjectedValue,
    TargetStatus Status);

/// <summary>A year's value of an indicator in an area; suppressed figures are not among them.</summary>
public sealed record YearValue(int Year, double Value);
