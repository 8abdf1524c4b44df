using Microsoft.Extensions.Options;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;

namespace Nplv.Gateway.Views;

/// <summary>All measures, indicators and targets read at once, then counted per theme.</summary>
public sealed class ProgrammeOverviewBuilder(
    IndicatorsService.IndicatorsServiceClient indicators,
    MeasuresService.MeasuresServiceClient measures,
    IOptions<ViewOptions> options,
    ViewMetrics metrics,
    ILogger<ProgrammeOverviewBuilder> logger)
{
    public async Task<ProgrammeOverview> BuildAsync(CancellationToken cancellationToken)
    {
        using var view = new ViewCall("programme", options.Value.Deadline, metrics, logger, cancellationToken);
        var measuresTask = view.TryAsync("measures", call => Paging.ReadAllAsync(
            token => measures.ListMeasuresAsync(new ListMeasuresRequest { PageSize = Paging.PageSize, PageToken = token }, call).ResponseAsync,
            page => page.Measures,
            page => page.NextPageToken));
        var indicatorsTask = view.TryAsync("indicators", call => Paging.ReadAllAsync(
            token => indicators.ListIndicatorsAsync(new ListIndicatorsRequest { PageSize = Paging.PageSize, PageToken = token }, call).ResponseAsync,
            page => page.Indicators,
            page => page.NextPageToken));
        var targetsTask = view.TryAsync("targets", call => indicators.ListTargetsAsync(new ListTargetsRequest(), call).ResponseAsync);
        await Task.WhenAll(measuresTask, indicatorsTask, targetsTask);

        var allMeasures = await measuresTask;
        var themeOfIndicator = (await indicatorsTask)?.ToDictionary(i => i.Code, i => i.Theme);
        var targets = (await targetsTask)?.Targets;

        var themes = Enum.GetValues<Theme>().Where(theme => theme != Theme.Unspecified).Select(theme =>
        {
            var name = theme.ToJsonName();
            var inTheme = allMeasures?.Where(m => m.Theme == theme).ToList();
            return new ThemeSummary(
                name,
                inTheme?.Count,
                inTheme is null ? null : EnumNames.JsonNames<MeasureStatus>().ToDictionary(
                    status => status, status => inTheme.Count(m => m.Status.ToJsonName() == status)),
                inTheme?.Sum(m => m.Funding.Sum(f => f.AmountCents)),
                themeOfIndicator is null || targets is null
                    ? null
                    : ProgressOf([.. targets.Where(t => themeOfIndicator.GetValueOrDefault(t.Target.IndicatorCode) == name)]));
        }).ToList();

        return new ProgrammeOverview(themes, view.Complete());
    }

    private static IndicatorProgress ProgressOf(IReadOnlyList<TargetProgress> targets) => new(
        targets.Count,
        targets.Count(t => t.Status == TargetStatus.Achieved),
        targets.Count(t => t.Status == TargetStatus.OnTrack),
        targets.Count(t => t.Status == TargetStatus.OffTrack),
        targets.Count(t => t.Status == TargetStatus.InsufficientData));
}
