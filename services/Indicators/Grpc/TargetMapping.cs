using Nplv.Indicators.Domain;
using Proto = Nplv.Indicators.V1;

namespace Nplv.Indicators.Grpc;

internal static class TargetMapping
{
    public static Target ToDomain(this Proto.Target target) => new(
        target.IndicatorCode.Trim(),
        target.AreaCode.Trim(),
        target.BaselineYear,
        target.BaselineValue,
        target.TargetYear,
        target.GoalCase == Proto.Target.GoalOneofCase.AbsoluteValue ? target.AbsoluteValue : null,
        target.GoalCase == Proto.Target.GoalOneofCase.Relative ? target.Relative.ReferenceAreaCode.Trim() : null,
        target.GoalCase == Proto.Target.GoalOneofCase.Relative ? target.Relative.GapFraction : null,
        target.Source.Trim(),
        target.Version);

    public static Proto.Target ToProto(this Target target)
    {
        var proto = new Proto.Target
        {
            IndicatorCode = target.IndicatorCode,
            AreaCode = target.AreaCode,
            BaselineYear = target.BaselineYear,
            BaselineValue = target.BaselineValue,
            TargetYear = target.TargetYear,
            Source = target.Source,
            Version = target.Version,
        };
        if (target.AbsoluteValue is { } absolute)
        {
            proto.AbsoluteValue = absolute;
        }
        else
        {
            proto.Relative = new Proto.RelativeGoal { ReferenceAreaCode = target.ReferenceAreaCode, GapFraction = target.GapFraction ?? 0 };
        }

        return proto;
    }

    public static Proto.TargetProgress ToProto(this TargetProgress progress)
    {
        var proto = new Proto.TargetProgress
        {
            Target = progress.Target.ToProto(),
            LatestYear = progress.LatestYear ?? 0,
            Status = progress.Status switch
            {
                TargetStatus.Achieved => Proto.TargetStatus.Achieved,
                TargetStatus.OnTrack => Proto.TargetStatus.OnTrack,
                TargetStatus.OffTrack => Proto.TargetStatus.OffTrack,
                _ => Proto.TargetStatus.InsufficientData,
            },
        };
        if (progress.GoalValue is { } goal)
        {
            proto.GoalValue = goal;
        }

        if (progress.LatestValue is { } latest)
        {
            proto.LatestValue = latest;
        }

        if (progress.TrendPerYear is { } trend)
        {
            proto.TrendPerYear = trend;
        }

        if (progress.ProjectedValue is { } projected)
        {
            proto.ProjectedValue = projected;
        }

        return proto;
    }
}
