using System.Text.Json;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Models;
using Nplv.Gateway.Views;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.Gateway.AnnualReports;

/// <summary>
/// Reads what an annual report says from the services: the measures running in the year and in the scope, their
/// approved progress reports of the year's periods, the indicators' series against the city up to the year with
/// their targets, and the partners with what each leads.
/// </summary>
public sealed class AnnualReportComposer(
    MeasuresService.MeasuresServiceClient measures,
    ReportsService.ReportsServiceClient reports,
    PartnersService.PartnersServiceClient partners,
    IndicatorsService.IndicatorsServiceClient indicators,
    AnnualReportsService.AnnualReportsServiceClient annualReports,
    IOptions<ViewOptions> views,
    TimeProvider clock)
{
    /// <summary>Each step's share of the whole, for the progress the page shows.</summary>
    public delegate Task Progress(int percent, string step);

    public async Task<AnnualReportContent> ComposeAsync(AnnualReport request, Progress progress, CancellationToken cancellationToken)
    {
        var call = new CallOptions(cancellationToken: cancellationToken);
        var year = request.Year;
        var cityCode = views.Value.CityAreaCode;
        var theme = request.Scope == AnnualReportScope.Theme ? request.Theme : (Nplv.Measures.V1.Theme?)null;
        // Everything is read as it stood when the report was asked for: a measure changed, a report approved or a
        // figure corrected while the report waited or was being made, or since, does not change what it says.
        var asOf = request.AsOf ?? request.CreateTime;

        await progress(5, "Gebieden lezen");
        var scope = await AnnualReportScopeAreas.ReadAsync(indicators, request.Scope == AnnualReportScope.Wijk ? request.AreaCode : null, year, call);
        var city = await indicators.GetAreaAsync(new GetAreaRequest { Code = cityCode }, call);

        await progress(15, "Maatregelen lezen");
        var inScope = (await Paging.ReadAllAsync(
                token => measures.ListMeasuresAsync(new ListMeasuresRequest { Theme = theme ?? Nplv.Measures.V1.Theme.Unspecified, AsOf = asOf, PageSize = Paging.PageSize, PageToken = token }, call).ResponseAsync,
                page => page.Measures,
                page => page.NextPageToken))
            .Select(MeasureDto.From)
            .Where(measure => RunsIn(measure, year) && (request.Scope != AnnualReportScope.Wijk || measure.AreaCodes.Any(scope.AllCodes.Contains)))
            .ToList();

        await progress(30, "Goedgekeurde verslagen lezen");
        var periods = (await Paging.ReadAllAsync(
                token => reports.ListPeriodsAsync(new ListPeriodsRequest { PageSize = Paging.PageSize, PageToken = token }, call).ResponseAsync,
                page => page.Periods,
                page => page.NextPageToken))
            .Where(period => period.Code.StartsWith(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .OrderBy(period => period.StartDate, StringComparer.Ordinal)
            .ToList();
        var approved = new List<(ReportingPeriod Period, ReportDto Report)>();
        foreach (var period in periods)
        {
            var ofPeriod = await Paging.ReadAllAsync(
                token => reports.ListReportsAsync(new ListReportsRequest { Period = period.Code, State = ReportState.Goedgekeurd, AsOf = asOf, PageSize = Paging.PageSize, PageToken = token }, call).ResponseAsync,
                page => page.Reports,
                page => page.NextPageToken);
            approved.AddRange(ofPeriod.Select(report => (period, ReportDto.From(report))));
        }

        await progress(45, "Partners en gebieden lezen");
        var partnerNames = await partners.BatchGetAllAsync(
            [.. inScope.SelectMany(m => m.Participants.Select(p => p.PartnerId).Append(m.LeadPartnerId)).Distinct()], call);
        var areaNames = await indicators.AreaNamesOfAsync(inScope.SelectMany(m => m.AreaCodes), cancellationToken);

        await progress(55, "Indicatoren en reeksen lezen");
        var indicatorList = (await Paging.ReadAllAsync(
                token => indicators.ListIndicatorsAsync(new ListIndicatorsRequest { Theme = theme?.ToJsonName() ?? "", PageSize = Paging.PageSize, PageToken = token }, call).ResponseAsync,
                page => page.Indicators,
                page => page.NextPageToken))
            .ToList();
        var seriesAreas = scope.Wijken.Select(w => w.Code).Append(cityCode).ToList();
        var series = indicatorList.Count == 0
            ? []
            : await indicators.BatchGetAllSeriesAsync([.. indicatorList.Select(i => i.Code)], seriesAreas, call, asOf);
        // Each target's progress as it stood at the end of the year.
        var targets = (await indicators.ListTargetsAsync(new ListTargetsRequest { UpToYear = year }, call)).Targets
            .Where(t => seriesAreas.Contains(t.Target.AreaCode))
            .Select(TargetOfAreaDto.From)
            .ToList();

        await progress(65, "Rapportage samenstellen");
        var names = scope.Wijken.ToDictionary(w => w.Code, w => w.Name);
        names[cityCode] = city.Name;
        var partnerById = partnerNames.ToDictionary(p => p.Id);
        var themeOrder = EnumNames.JsonNames<Nplv.Measures.V1.Theme>().ToList();
        var themes = inScope
            .GroupBy(measure => measure.Theme)
            .OrderBy(group => themeOrder.IndexOf(group.Key))
            .Select(group => new ThemeSection(
                group.Key,
                DutchLabels.Themes.GetValueOrDefault(group.Key, group.Key),
                [.. group.Select(measure => Section(measure, approved, partnerById, areaNames))]))
            .ToList();
        var measureSections = themes.SelectMany(section => section.Measures).ToList();

        var content = new AnnualReportContent(
            $"Voortgangsrapportage {year}",
            year,
            request.Scope.ToJsonName(),
            theme?.ToJsonName(),
            request.Scope == AnnualReportScope.Wijk ? request.AreaCode : null,
            request.Scope switch
            {
                AnnualReportScope.Theme => $"Thema {DutchLabels.Themes.GetValueOrDefault(theme!.Value.ToJsonName(), theme.Value.ToJsonName())}",
                AnnualReportScope.Wijk => $"Wijk {scope.Wijken[0].Name}",
                _ => "Groningen-Noord",
            },
            clock.GetUtcNow(),
            request.Introduction,
            new ReportTotals(
                measureSections.Count,
                measureSections.Sum(m => m.BudgetEuros),
                measureSections.Sum(m => m.SpentEuros),
                measureSections.Sum(m => m.PeopleReached),
                measureSections.Sum(m => m.Progress.Count)),
            themes,
            // An indicator with neither figures nor targets for these areas has nothing to say here.
            [.. indicatorList
                .Select(indicator => IndicatorSectionOf(indicator, series, targets, names, cityCode, year))
                .Where(section => section.Series.Count > 0 || section.Targets.Count > 0)],
            PartnersOf(inScope, partnerById),
            asOf.ToDateTimeOffset());

        await progress(70, "Vergelijken met de vorige rapportage");
        return await PreviousAsync(request, asOf.ToDateTime(), call) is { } previous
            ? content with { ChangedSince = AnnualReportChanges.Between(previous.Id, previous.Content, content) }
            : content;
    }

    /// <summary>
    /// The ready report of the same year and scope with the latest peildatum before this one's, with its content: the
    /// account this one says what changed since.
    /// </summary>
    private async Task<(string Id, AnnualReportContent Content)?> PreviousAsync(AnnualReport request, DateTime asOf, CallOptions call)
    {
        var earlier = (await Paging.ReadAllAsync(
                token => annualReports.ListAnnualReportsAsync(new ListAnnualReportsRequest { PageSize = Paging.PageSize, PageToken = token }, call).ResponseAsync,
                page => page.Reports,
                page => page.NextPageToken))
            .Where(other => other.Id != request.Id && other.State == AnnualReportState.Ready
                && other.Year == request.Year && other.Scope == request.Scope && other.Theme == request.Theme && other.AreaCode == request.AreaCode
                && AsOfOf(other) < asOf)
            .MaxBy(AsOfOf);
        if (earlier is null)
        {
            return null;
        }

        var read = await annualReports.GetAnnualReportAsync(new GetAnnualReportRequest { Id = earlier.Id }, call);
        return read.ContentJson.Length == 0
            ? null
            : (earlier.Id, JsonSerializer.Deserialize<AnnualReportContent>(read.ContentJson, AnnualReportGenerator.ContentJson)!);
    }

    private static DateTime AsOfOf(AnnualReport report) => (report.AsOf ?? report.CreateTime).ToDateTime();

    /// <summary>A measure runs in the year when its dates overlap it; an idea has not started.</summary>
    private static bool RunsIn(MeasureDto measure, int year)
        => measure.Status != "idee"
           && (measure.StartDate is not { } start || start.Year <= year)
           && (measure.EndDate is not { } end || end.Year >= year);

    private static MeasureSection Section(
        MeasureDto measure,
        IReadOnlyList<(ReportingPeriod Period, ReportDto Report)> approved,
        IReadOnlyDictionary<string, Partner> partners,
        IReadOnlyDictionary<string, string> areaNames)
    {
        var own = approved.Where(entry => entry.Report.MeasureId == measure.Id).ToList();
        // A year, its halves and its quarters may all have reports: money and reach are counted from one of them, the
        // longest periods reported on, so nothing is counted twice. Every approved text is shown.
        var counted = own.GroupBy(entry => PeriodLength(entry.Period.Code)).OrderBy(group => group.Key).FirstOrDefault()?.ToList() ?? [];
        return new MeasureSection(
            measure.Id,
            measure.Title,
            measure.Status,
            partners.GetValueOrDefault(measure.LeadPartnerId)?.Name ?? measure.LeadPartnerId,
            [.. measure.AreaCodes.Select(code => areaNames.GetValueOrDefault(code, code))],
            measure.Funding.Sum(line => line.AmountCents) / 100m,
            counted.Sum(entry => entry.Report.Spending.Sum(s => s.SpentCents)) / 100m,
            counted.Sum(entry => entry.Report.Reach.Sum(r => (long)r.People)),
            [.. own.Select(entry => new ProgressText(
                entry.Period.Code, entry.Period.Name, entry.Report.Rating, entry.Report.Done, entry.Report.Obstacles, entry.Report.NextSteps))],
            [.. measure.Milestones.Select(m => new MilestoneLine(m.Title, m.DueDate, m.Done))]);
    }

    /// <summary>A year (2025) before its halves (2025-H1) before its quarters (2025-Q3).</summary>
    private static int PeriodLength(string code) => code.Contains("-H", StringComparison.Ordinal) ? 1 : code.Contains("-Q", StringComparison.Ordinal) ? 2 : 0;

    private static IndicatorSection IndicatorSectionOf(
        Indicator indicator,
        IReadOnlyList<GetSeriesResponse> series,
        IReadOnlyList<TargetOfAreaDto> targets,
        IReadOnlyDictionary<string, string> names,
        string cityCode,
        int year)
    {
        var own = series.FirstOrDefault(s => s.Indicator.Code == indicator.Code);
        var lines = (own?.Series ?? [])
            .Select(area => new SeriesLine(
                area.AreaCode,
                names.GetValueOrDefault(area.AreaCode, area.AreaCode),
                area.AreaCode == cityCode,
                [.. area.Points.Where(p => p.Year <= year).Select(p => new FigurePoint(p.Year, p.HasValue ? p.Value : null, p.Status.ToJsonName(), p.Source))]))
            .Where(line => line.Points.Count > 0)
            .ToList();
        return new IndicatorSection(
            indicator.Code,
            indicator.Name,
            indicator.Unit,
            indicator.Direction.ToJsonName(),
            indicator.Theme,
            lines,
            [.. targets.Where(t => t.IndicatorCode == indicator.Code).Select(t => new TargetLine(
                t.AreaCode,
                names.GetValueOrDefault(t.AreaCode, t.AreaCode),
                t.Target.BaselineYear,
                t.Target.BaselineValue,
                t.Target.TargetYear,
                t.Target.GoalValue,
                t.LatestYear,
                t.LatestValue,
                t.Target.Status))]);
    }

    private static IReadOnlyList<PartnerSection> PartnersOf(IReadOnlyList<MeasureDto> measures, IReadOnlyDictionary<string, Partner> partners)
        => [.. partners.Values
            .Select(partner => new PartnerSection(
                partner.Id,
                partner.Name,
                partner.Type.ToJsonName(),
                [.. measures.Where(m => m.LeadPartnerId == partner.Id).Select(m => m.Title)],
                [.. measures.Where(m => m.Participants.Any(p => p.PartnerId == partner.Id)).Select(m => m.Title)]))
            .OrderByDescending(p => p.Leads.Count)
            .ThenBy(p => p.Name, StringComparer.Ordinal)];
}
