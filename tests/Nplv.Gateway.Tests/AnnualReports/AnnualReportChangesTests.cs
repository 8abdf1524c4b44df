using Nplv.Gateway.AnnualReports;
using Nplv.Gateway.AnnualReports.Documents;

namespace Nplv.Gateway.Tests.AnnualReports;

/// <summary>What a report names as changed since an earlier one of the same year and scope.</summary>
public sealed class AnnualReportChangesTests
{
    private static readonly AnnualReportContent Earlier = ReportDocumentsTests.Sample(measures: 2) with
    {
        AsOf = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void AFigureMadeDefinitiefIsNamedWithWhatItWasAndWhatItIsNow()
    {
        var now = WithWijkFigure(Earlier, new FigurePoint(2025, 8.9, "definitief", "CBS, definitief"));

        var changes = AnnualReportChanges.Between("earlier", Earlier, now);

        var figure = Assert.Single(changes.Figures);
        Assert.Equal(("werkzoekenden", "Noordwest", 2025), (figure.IndicatorCode, figure.AreaName, figure.Year));
        Assert.Equal((8.7, "voorlopig"), (figure.Before!.Value, figure.Before.Status));
        Assert.Equal((8.9, "definitief"), (figure.After!.Value, figure.After.Status));
        Assert.Empty(changes.Progress);
        Assert.Equal(("earlier", Earlier.AsOf), (changes.PreviousReportId, changes.PreviousAsOf));
    }

    [Fact]
    public void AFigureOnlyReSourcedIsNoChangeButANewOneIs()
    {
        var resourced = WithWijkFigure(Earlier, new FigurePoint(2025, 8.7, "voorlopig", "CBS, herzien"));
        Assert.Empty(AnnualReportChanges.Between("earlier", Earlier, resourced).Figures);

        var city = Earlier.Indicators[0].Series[1];
        var added = Earlier with
        {
            Indicators = [Earlier.Indicators[0] with { Series = [Earlier.Indicators[0].Series[0], city with { Points = [.. city.Points, new FigurePoint(2024, 6.4, "definitief", "CBS")] }] }],
        };
        var figure = Assert.Single(AnnualReportChanges.Between("earlier", Earlier, added).Figures);
        Assert.Equal(("Groningen", 2024, null), (figure.AreaName, figure.Year, figure.Before));
    }

    [Fact]
    public void AProgressTextApprovedLateIsNamedAndOneReopenedToo()
    {
        var measures = Earlier.Themes[0].Measures;
        var late = new ProgressText("2025-H2", "2025, tweede helft", "op_schema", "Twintig plekken.", "", "");
        var now = Earlier with
        {
            Themes = [Earlier.Themes[0] with { Measures = [measures[0] with { Progress = [.. measures[0].Progress, late] }, measures[1] with { Progress = [] }] }],
        };

        var changes = AnnualReportChanges.Between("earlier", Earlier, now);

        Assert.Equal(
            [
                new ProgressChange("id-1", "Leerwerkplekken 1", "2025-H2", "2025, tweede helft", "approved"),
                new ProgressChange("id-2", "Leerwerkplekken 2", "2025-H1", "2025, eerste helft", "withdrawn"),
            ],
            changes.Progress);
        Assert.Empty(changes.Figures);
    }

    [Fact]
    public void TheDocumentsSayWhatChangedSinceTheEarlierReport()
    {
        var now = WithWijkFigure(Earlier, new FigurePoint(2025, 8.9, "definitief", "CBS"));
        now = now with { ChangedSince = AnnualReportChanges.Between("earlier", Earlier, now) };

        var text = string.Join("\n", ReportLayout.Blocks(now).Select(block => block switch
        {
            HeadingBlock heading => heading.Text,
            TableBlock table => string.Join("\n", table.Rows.Select(row => string.Join(" | ", row))),
            _ => "",
        }));

        Assert.Contains("Gewijzigd sinds de rapportage van 1 maart 2026 om 13:00", text, StringComparison.Ordinal);
        Assert.Contains("Geregistreerde werkzoekenden | Noordwest | 2025 | 8,7% (voorlopig) | 8,9% (definitief)", text, StringComparison.Ordinal);
    }

    private static AnnualReportContent WithWijkFigure(AnnualReportContent content, FigurePoint point)
    {
        var indicator = content.Indicators[0];
        var wijk = indicator.Series[0];
        return content with
        {
            Indicators = [indicator with { Series = [wijk with { Points = [.. wijk.Points.Where(p => p.Year != point.Year), point] }, indicator.Series[1]] }],
        };
    }
}
