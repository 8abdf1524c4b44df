using Nplv.Indicators.V1;

namespace Nplv.Gateway.Models;

/// <summary>
/// A target for one indicator in one area as a client sets it: the baseline, the target year and either an absolute
/// goal or a relative one (part of the gap to another area), with where they come from.
/// </summary>
public sealed record TargetInput(
    int? BaselineYear,
    double? BaselineValue,
    int? TargetYear,
    double? AbsoluteGoal,
    RelativeGoalInput? RelativeGoal,
    string? Source)
{
    /// <summary>Contract field errors (<c>target.relative.gap_fraction</c>) name the body's fields (<c>relativeGoal.gapFraction</c>).</summary>
    public static Errors.QueryFieldNames ContractNames { get; } = new(
        ("target.absolute_value", "absoluteGoal"),
        ("target.relative.reference_area_code", "relativeGoal.referenceAreaCode"),
        ("target.relative.gap_fraction", "relativeGoal.gapFraction"),
        ("target.relative", "relativeGoal"),
        ("target.goal", "absoluteGoal"),
        ("target.indicator_code", "code"),
        ("target.area_code", "areaCode"),
        ("target", ""));

    /// <param name="version">0 to create the target, else the version the client read.</param>
    public SetTargetRequest ToRequest(string indicatorCode, string areaCode, long version, InputErrors errors)
    {
        if (BaselineYear is null)
        {
            errors.Add("baselineYear", "is required: the year of the baseline figure");
        }

        if (BaselineValue is null)
        {
            errors.Add("baselineValue", "is required: the figure in the baseline year");
        }

        if (TargetYear is null)
        {
            errors.Add("targetYear", "is required: the year the goal should be reached");
        }

        if ((AbsoluteGoal is null) == (RelativeGoal is null))
        {
            errors.Add("absoluteGoal", "give either absoluteGoal (a value to reach) or relativeGoal (part of the gap to another area), not both");
        }

        var target = new Target
        {
            IndicatorCode = indicatorCode,
            AreaCode = areaCode,
            BaselineYear = BaselineYear ?? 0,
            BaselineValue = BaselineValue ?? 0,
            TargetYear = TargetYear ?? 0,
            Source = Source ?? "",
            Version = version,
        };
        if (AbsoluteGoal is { } absolute)
        {
            target.AbsoluteValue = absolute;
        }
        else if (RelativeGoal is { } relative)
        {
            target.Relative = new RelativeGoal { ReferenceAreaCode = relative.ReferenceAreaCode ?? "", GapFraction = relative.GapFraction ?? 0 };
        }

        return new SetTargetRequest { Target = target };
    }
}

/// <summary>Part of the gap to a reference area to close, as a client sends it.</summary>
public sealed record RelativeGoalInput(string? ReferenceAreaCode, double? GapFraction);
