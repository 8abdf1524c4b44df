using Nplv.Gateway.Exports;

namespace Nplv.Gateway.AnnualReports.Documents;

/// <summary>The report's content as the blocks both documents render, in Dutch.</summary>
public static class ReportLayout
{
    public static IReadOnlyList<ReportBlock> Blocks(AnnualReportContent content)
    {
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(0, $"{content.Title} · {content.ScopeName}"),
            new ParagraphBlock(
                $"Nationaal Programma Leefbaarheid en Veiligheid, Groningen-Noord. Gemaakt op {ReportFormats.Date(content.GeneratedAt)} uit de gegevens van het programma{AsOfText(content)}.",
                Muted: true),
        };

        if (content.Introduction.Trim().Length > 0)
        {
            blocks.Add(new HeadingBlock(1, "Inleiding"));
            blocks.AddRange(Paragraphs(content.Introduction));
        }

        blocks.Add(new HeadingBlock(1, "Samenvatting"));
        var totals = content.Totals;
        blocks.Add(new TableBlock(
            ["", content.Year.ToString(ReportFormats.Dutch)],
            [
                ["Maatregelen", ReportFormats.Count(totals.Measures)],
                ["Begroting (hele looptijd)", ReportFormats.Euros(totals.BudgetEuros)],
                [$"Besteed in {content.Year}", ReportFormats.Euros(totals.SpentEuros)],
                ["Bereikte mensen", ReportFormats.Count(totals.PeopleReached)],
                ["Goedgekeurde verslagen", ReportFormats.Count(totals.ApprovedReports)],
            ],
            new HashSet<int> { 1 }));

        if (content.ChangedSince is { } changes)
        {
            blocks.AddRange(ChangeBlocks(changes));
        }

        foreach (var theme in content.Themes)
        {
            blocks.Add(new HeadingBlock(1, $"Thema {theme.Name}"));
            foreach (var measure in theme.Measures)
            {
                blocks.AddRange(MeasureBlocks(measure, content.Year));
            }
        }

        if (content.Themes.Count == 0)
        {
            blocks.Add(new ParagraphBlock($"In {content.Year} liep hier geen maatregel.", Muted: true));
        }

        blocks.Add(new HeadingBlock(1, "Indicatoren"));
        foreach (var indicator in content.Indicators)
        {
            blocks.AddRange(IndicatorBlocks(indicator));
        }

        blocks.Add(new HeadingBlock(1, "Partners"));
        blocks.Add(new TableBlock(
            ["Partner", "Soort", "Trekker van", "Neemt deel aan"],
            [.. content.Partners.Select(partner => (IReadOnlyList<string>)
            [
                partner.Name,
                DutchLabels.PartnerTypes.GetValueOrDefault(partner.Type, partner.Type),
                string.Join("; ", partner.Leads),
                string.Join("; ", partner.TakesPartIn),
            ])],
            new HashSet<int>()));
        return blocks;
    }

    private static IEnumerable<ReportBlock> MeasureBlocks(MeasureSection measure, int year)
    {
        yield return new HeadingBlock(2, measure.Title);
        yield return new TableBlock(
            ["", ""],
            [
                ["Status", DutchLabels.MeasureStatuses.GetValueOrDefault(measure.Status, measure.Status)],
                ["Trekker", measure.LeadPartner],
                ["Gebieden", string.Join(", ", measure.Areas)],
                ["Begroting (hele looptijd)", ReportFormats.Euros(measure.BudgetEuros)],
                [$"Besteed in {year}", ReportFormats.Euros(measure.SpentEuros)],
                ["Bereikte mensen", ReportFormats.Count(measure.PeopleReached)],
            ],
            new HashSet<int>());

        if (measure.Progress.Count == 0)
        {
            yield return new ParagraphBlock($"Over {year} is nog geen verslag goedgekeurd.", Muted: true);
        }

        foreach (var progress in measure.Progress)
        {
            var rating = progress.Rating is null ? "" : $" · {DutchLabels.ProgressRatings.GetValueOrDefault(progress.Rating, progress.Rating)}";
            yield return new HeadingBlock(3, $"Voortgang {progress.PeriodName}{rating}");
            yield return new ParagraphBlock(progress.Done, "Gedaan");
            if (progress.Obstacles.Trim().Length > 0) yield return new ParagraphBlock(progress.Obstacles, "Knelpunten");
            if (progress.NextSteps.Trim().Length > 0) yield return new ParagraphBlock(progress.NextSteps, "Volgende stappen");
        }

        if (measure.Milestones.Count > 0)
        {
            yield return new HeadingBlock(3, "Mijlpalen");
            yield return new BulletsBlock([.. measure.Milestones.Select(m =>
                $"{m.Title}{(m.DueDate is { } due ? $" ({ReportFormats.Date(due)})" : "")}: {(m.Done ? "gehaald" : "nog niet gehaald")}")]);
        }
    }

    private static IEnumerable<ReportBlock> IndicatorBlocks(IndicatorSection indicator)
    {
        yield return new HeadingBlock(2, indicator.Name);
        yield return new ParagraphBlock(
            $"{DutchLabels.Themes.GetValueOrDefault(indicator.Theme, indicator.Theme)} · {indicator.Unit} · {DutchLabels.Directions.GetValueOrDefault(indicator.Direction, indicator.Direction)}",
            Muted: true);
        if (indicator.Series.Count == 0)
        {
            yield return new ParagraphBlock("Voor deze gebieden zijn nog geen cijfers.", Muted: true);
        }
        else
        {
            yield return new ChartBlock(ReportCharts.SeriesPng(indicator), ReportCharts.Width, ReportCharts.Height, ReportCharts.Description(indicator));
            yield return new TableBlock(
                ["Gebied", "Jaar", "Waarde", "Status", "Bron"],
                [.. indicator.Series.Select(line => (line, point: line.Points[^1])).Select(entry => (IReadOnlyList<string>)
                [
                    entry.line.AreaName,
                    entry.point.Year.ToString(ReportFormats.Dutch),
                    ReportFormats.Figure(entry.point.Value, indicator.Unit),
                    entry.point.Status,
                    entry.point.Source,
                ])],
                new HashSet<int> { 1, 2 });
        }

        if (indicator.Targets.Count > 0)
        {
            yield return new TableBlock(
                ["Doel voor", "Nulmeting", "Doel", "Laatste cijfer", "Stand"],
                [.. indicator.Targets.Select(target => (IReadOnlyList<string>)
                [
                    target.AreaName,
                    $"{ReportFormats.Figure(target.BaselineValue, indicator.Unit)} ({target.BaselineYear})",
                    $"{ReportFormats.Figure(target.GoalValue, indicator.Unit)} in {target.TargetYear}",
                    target.LatestValue is null ? "nog geen" : $"{ReportFormats.Figure(target.LatestValue, indicator.Unit)} ({target.LatestYear})",
                    DutchLabels.TargetStatuses.GetValueOrDefault(target.Status, target.Status),
                ])],
                new HashSet<int>());
        }
    }

    // A report made for the moment it was asked for says nothing more than when it was made.
    private static string AsOfText(AnnualReportContent content)
        => content.AsOf == default || content.GeneratedAt - content.AsOf < TimeSpan.FromHours(1)
            ? ""
            : $", zoals die er op {ReportFormats.Date(content.AsOf)} bij stonden (peildatum)";

    private static IEnumerable<ReportBlock> ChangeBlocks(ChangesSince changes)
    {
        yield return new HeadingBlock(1, $"Gewijzigd sinds de rapportage van {ReportFormats.Date(changes.PreviousAsOf)}");
        if (changes.Figures.Count == 0 && changes.Progress.Count == 0)
        {
            yield return new ParagraphBlock("Sindsdien is geen cijfer en geen goedgekeurd verslag veranderd.", Muted: true);
            yield break;
        }

        if (changes.Figures.Count > 0)
        {
            yield return new TableBlock(
                ["Indicator", "Gebied", "Jaar", "Was", "Is nu"],
                [.. changes.Figures.Select(change => (IReadOnlyList<string>)
                [
                    change.IndicatorName,
                    change.AreaName,
                    change.Year.ToString(ReportFormats.Dutch),
                    FigureWithStatus(change.Before, change.Unit),
                    FigureWithStatus(change.After, change.Unit),
                ])],
                new HashSet<int> { 2 });
        }

        if (changes.Progress.Count > 0)
        {
            yield return new BulletsBlock([.. changes.Progress.Select(change =>
                $"{change.MeasureTitle}, {change.PeriodName}: {ProgressChanges.GetValueOrDefault(change.Change, change.Change)}")]);
        }
    }

    private static readonly Dictionary<string, string> ProgressChanges = new(StringComparer.Ordinal)
    {
        ["approved"] = "verslag sindsdien goedgekeurd",
        ["changed"] = "goedgekeurd verslag sindsdien herschreven",
        ["withdrawn"] = "verslag niet meer goedgekeurd (heropend)",
    };

    private static string FigureWithStatus(FigurePoint? point, string unit)
        => point is null ? "geen cijfer" : $"{ReportFormats.Figure(point.Value, unit)} ({point.Status})";

    /// <summary>A text as its paragraphs: one per blank-line-separated part.</summary>
    private static IEnumerable<ReportBlock> Paragraphs(string text)
        => text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => new ParagraphBlock(part));
}
