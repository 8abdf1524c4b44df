using Microsoft.Extensions.Options;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Views;

/// <summary>
/// Composes an area's dashboard from the three services: the calls that need nothing from each other start at once,
/// the rest as soon as what they need is in (indicator definitions after the figures, partners after the measures).
/// </summary>
public sealed class AreaDashboardBuilder(
    IndicatorsService.IndicatorsServiceClient indicators,
    MeasuresService.MeasuresServiceClient measures,
    PartnersService.PartnersServiceClient partners,
    IOptions<ViewOptions> options,
    ILogger<AreaDashboardBuilder> logger)
{
    public async Task<AreaDashboard> BuildAsync(string code, CancellationToken cancellationToken)
    {
        using var view = new ViewCall(options.Value.Deadline, logger, cancellationToken);
        var cityCode = options.Value.CityAreaCode;

        // These feed the calls after them, so they get half the view's time (early).
        var area = view.TryAsync("area", call => indicators.GetAreaAsync(new GetAreaRequest { Code = code }, call).ResponseAsync, early: true);
        var children = view.TryAsync("area", call => indicators.ListAreasAsync(
            new ListAreasRequest { ParentCode = code, PageSize = Paging.PageSize }, call).ResponseAsync, early: true);
        var targets = view.TryAsync("targets", call => indicators.ListTargetsAsync(
            new ListTargetsRequest { AreaCode = code }, call).ResponseAsync, early: true);
        var latest = view.TryAsync("indicators", call => indicators.GetLatestValuesAsync(
            new GetLatestValuesRequest { AreaCode = code }, call).ResponseAsync, early: true);
        var city = view.TryAsync("cityComparison", call => indicators.GetLatestValuesAsync(
            new GetLatestValuesRequest { AreaCode = cityCode }, call).ResponseAsync);

        // An unknown area is a 404 for the whole view, so the area is awaited first.
        var areaFound = await area;
        var trackedTask = TrackedIndicatorsAsync(view, targets, latest, city);
        var measuresTask = MeasuresAndPartnersAsync(view, code, areaFound, children);
        await Task.WhenAll(trackedTask, measuresTask);
        var (measureSummaries, partnerActivity) = await measuresTask;

        return new AreaDashboard(
            code,
            areaFound is null ? null : AreaDto.From(areaFound),
            cityCode,
            await trackedTask,
            measureSummaries,
            partnerActivity,
            view.Degraded);
    }

    private async Task<IReadOnlyList<TrackedIndicator>> TrackedIndicatorsAsync(
        ViewCall view,
        Task<ListTargetsResponse?> targetsTask,
        Task<GetLatestValuesResponse?> latestTask,
        Task<GetLatestValuesResponse?> cityTask)
    {
        var targets = (await targetsTask)?.Targets.ToDictionary(t => t.Target.IndicatorCode) ?? [];
        var latest = (await latestTask)?.Values.ToDictionary(v => v.IndicatorCode) ?? [];
        var codes = targets.Keys.Union(latest.Keys).Order(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            await cityTask;
            return [];
        }

        var definitionsTask = view.TryAsync("indicators", call =>
        {
            var request = new BatchGetIndicatorsRequest();
            request.Codes.AddRange(codes);
            return indicators.BatchGetIndicatorsAsync(request, call).ResponseAsync;
        });
        var city = (await cityTask)?.Values.ToDictionary(v => v.IndicatorCode) ?? [];
        var definitions = (await definitionsTask)?.Indicators.ToDictionary(i => i.Code) ?? [];

        return [.. codes.Select(code =>
        {
            var definition = definitions.GetValueOrDefault(code);
            var target = targets.GetValueOrDefault(code);
            return new TrackedIndicator(
                code,
                definition?.Name,
                definition?.Unit,
                definition?.Direction.ToJsonName(),
                definition?.Theme,
                ValueOf(latest.GetValueOrDefault(code)),
                ValueOf(city.GetValueOrDefault(code)),
                target is null ? null : TargetDto.From(target),
                target?.Status.ToJsonName() ?? "no_target");
        })];
    }

    private async Task<(IReadOnlyList<MeasureSummary>, IReadOnlyList<PartnerActivity>)> MeasuresAndPartnersAsync(
        ViewCall view, string code, Area? area, Task<ListAreasResponse?> childrenTask)
    {
        // Measures run in the area when they name it, the wijk it lies in, or one of its buurten.
        var areaCodes = new List<string> { code };
        if (area is { ParentCode.Length: > 0 })
        {
            areaCodes.Add(area.ParentCode);
        }

        areaCodes.AddRange((await childrenTask)?.Areas.Select(child => child.Code) ?? []);

        var running = await view.TryAsync("measures", call => Paging.ReadAllAsync(
            token =>
            {
                var request = new ListMeasuresRequest { PageSize = Paging.PageSize, PageToken = token };
                request.AreaCodes.AddRange(areaCodes);
                return measures.ListMeasuresAsync(request, call).ResponseAsync;
            },
            page => page.Measures,
            page => page.NextPageToken));
        if (running is null)
        {
            // Without the measures there is no knowing which partners are active.
            view.MarkDegraded("partners");
            return ([], []);
        }

        if (running.Count == 0)
        {
            return ([], []);
        }

        var partnerIds = running.SelectMany(m => m.Participants.Select(p => p.PartnerId).Prepend(m.LeadPartnerId)).Distinct().ToList();
        var found = await view.TryAsync("partners", call => partners.BatchGetAllAsync(partnerIds, call));
        var byId = found?.ToDictionary(p => p.Id) ?? [];

        var summaries = running.Select(m => new MeasureSummary(
            m.Id,
            m.Title,
            m.Theme.ToJsonName(),
            m.Status.ToJsonName(),
            [.. m.AreaCodes],
            new PartnerRef(m.LeadPartnerId, byId.GetValueOrDefault(m.LeadPartnerId)?.Name),
            m.Funding.Sum(f => f.AmountCents))).ToList();
        var activity = byId.Values
            .Select(p => new PartnerActivity(
                p.Id,
                p.Name,
                p.Type.ToJsonName(),
                p.Archived,
                running.Count(m => m.LeadPartnerId == p.Id),
                running.Count(m => m.Participants.Any(x => x.PartnerId == p.Id))))
            .OrderByDescending(a => a.Leads + a.TakesPartIn)
            .ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
        return (summaries, activity);
    }

    private static ValueDto? ValueOf(LatestValue? value) => value is null
        ? null
        : new ValueDto(value.Year, value.HasValue ? value.Value : null, value.Status.ToJsonName(), value.Source);
}
