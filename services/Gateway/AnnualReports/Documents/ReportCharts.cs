using ScottPlot;

namespace Nplv.Gateway.AnnualReports.Documents;

/// <summary>An indicator's series drawn with ScottPlot: the scope's areas in colour, the city dashed in grey, the goals as diamonds.</summary>
public static class ReportCharts
{
    public const int Width = 900;
    public const int Height = 420;

    public static byte[] SeriesPng(IndicatorSection indicator)
    {
        using var plot = new Plot();
        foreach (var line in indicator.Series)
        {
            var points = line.Points.Where(p => p.Value is not null).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(points.Select(p => (double)p.Year).ToArray(), points.Select(p => p.Value!.Value).ToArray());
            scatter.LegendText = line.AreaName;
            scatter.LineWidth = line.IsCity ? 2 : 3;
            scatter.MarkerSize = 6;
            if (line.IsCity)
            {
                scatter.Color = Colors.Gray;
                scatter.LinePattern = LinePattern.Dashed;
            }
        }

        foreach (var target in indicator.Targets.Where(t => t.GoalValue is not null))
        {
            var goal = plot.Add.Marker(target.TargetYear, target.GoalValue!.Value, MarkerShape.FilledDiamond, 12);
            goal.LegendText = $"Doel {target.AreaName} ({target.TargetYear})";
        }

        plot.Title(indicator.Name);
        plot.YLabel(indicator.Unit);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = year => year.ToString("0", ReportFormats.Dutch),
            IntegerTicksOnly = true,
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = value => value.ToString("#,##0.##", ReportFormats.Dutch),
        };
        plot.ShowLegend(Alignment.UpperRight);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>What the chart shows, for those who cannot see it.</summary>
    public static string Description(IndicatorSection indicator)
        => $"{indicator.Name} per jaar: {string.Join(", ", indicator.Series.Select(s => s.AreaName))}"
           + (indicator.Targets.Count > 0 ? ", met de doelen." : ".");
}
