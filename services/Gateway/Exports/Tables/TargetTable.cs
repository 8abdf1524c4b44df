using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

public static class TargetTable
{
    public static readonly ExportTable<TargetOfAreaDto> Definition = new("targets", "doelen",
    [
        new("indicatorCode", "Indicator", row => row.IndicatorCode),
        new("areaCode", "Gebiedscode", row => row.AreaCode),
        new("target.baselineYear", "Nulmeting jaar", row => row.Target.BaselineYear),
        new("target.baselineValue", "Nulmeting", row => row.Target.BaselineValue),
        new("target.targetYear", "Doeljaar", row => row.Target.TargetYear),
        new("target.absoluteGoal", "Doel (waarde)", row => row.Target.AbsoluteGoal),
        new("target.relativeGoal.referenceAreaCode", "Doel: kloof dichten met", row => row.Target.RelativeGoal?.ReferenceAreaCode),
        new("target.relativeGoal.gapFraction", "Doel: deel van de kloof", row => row.Target.RelativeGoal?.GapFraction),
        new("target.goalValue", "Doelwaarde", row => row.Target.GoalValue),
        new("latestYear", "Laatste jaar", row => row.LatestYear),
        new("latestValue", "Laatste waarde", row => row.LatestValue),
        new("target.trendPerYear", "Trend per jaar", row => row.Target.TrendPerYear),
        new("target.projectedValue", "Verwacht in doeljaar", row => row.Target.ProjectedValue),
        new("target.status", "Status", row => row.Target.Status, DutchLabels.TargetStatuses),
        new("target.source", "Bron", row => row.Target.Source),
    ]);
}
