namespace Nplv.Gateway.AnnualReports;

/// <summary>
/// What a report says differently from an earlier one of the same year and scope: the figures whose value or status
/// moved (CBS making a voorlopig figure definitief), figures that came or went, and progress texts approved, changed
/// or withdrawn since (a late approval).
/// </summary>
public static class AnnualReportChanges
{
    public static ChangesSince Between(string previousId, AnnualReportContent previous, AnnualReportContent current)
        => new(previousId, previous.AsOf == default ? previous.GeneratedAt : previous.AsOf, Figures(previous, current), Progress(previous, current));

    private static List<FigureChange> Figures(AnnualReportContent previous, AnnualReportContent current)
    {
        var before = FiguresOf(previous);
        var after = FiguresOf(current);
        return [.. after.Keys.Union(before.Keys)
            .Select(key => (key, was: before.GetValueOrDefault(key), now: after.GetValueOrDefault(key)))
            .Where(entry => entry.was?.Point.Value != entry.now?.Point.Value || entry.was?.Point.Status != entry.now?.Point.Status)
            .Select(entry =>
            {
                var (indicator, line) = entry.now is { } now ? (now.Indicator, now.Line) : (entry.was!.Indicator, entry.was.Line);
                return new FigureChange(
                    indicator.Code, indicator.Name, indicator.Unit, line.AreaCode, line.AreaName, entry.key.Year, entry.was?.Point, entry.now?.Point);
            })
            .OrderBy(change => change.IndicatorName, StringComparer.Ordinal)
            .ThenBy(change => change.AreaName, StringComparer.Ordinal)
            .ThenBy(change => change.Year)];
    }

    private sealed record Figure(IndicatorSection Indicator, SeriesLine Line, FigurePoint Point);

    private static Dictionary<(string Indicator, string Area, int Year), Figure> FiguresOf(AnnualReportContent content)
        => content.Indicators
            .SelectMany(indicator => indicator.Series.SelectMany(line => line.Points.Select(point => new Figure(indicator, line, point))))
            .ToDictionary(figure => (figure.Indicator.Code, figure.Line.AreaCode, figure.Point.Year));

    private static List<ProgressChange> Progress(AnnualReportContent previous, AnnualReportContent current)
    {
        var before = TextsOf(previous);
        var after = TextsOf(current);
        var changes = new List<ProgressChange>();
        foreach (var key in after.Keys.Union(before.Keys))
        {
            var was = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            var change = (was, now) switch
            {
                (null, not null) => "approved",
                (not null, null) => "withdrawn",
                _ when was!.Text != now!.Text => "changed",
                _ => null,
            };
            if (change is not null)
            {
                var (measure, text) = now is not null ? (now.Measure, now.Text) : (was!.Measure, was.Text);
                changes.Add(new ProgressChange(measure.Id, measure.Title, text.Period, text.PeriodName, change));
            }
        }

        return [.. changes.OrderBy(change => change.MeasureTitle, StringComparer.Ordinal).ThenBy(change => change.Period, StringComparer.Ordinal)];
    }

    private sealed record Approved(MeasureSection Measure, ProgressText Text);

    private static Dictionary<(string Measure, string Period), Approved> TextsOf(AnnualReportContent content)
        => content.Themes
            .SelectMany(theme => theme.Measures)
            .SelectMany(measure => measure.Progress.Select(text => new Approved(measure, text)))
            .ToDictionary(entry => (entry.Measure.Id, entry.Text.Period));
}
