using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Views;

/// <summary>
/// An area's figures from the indicators service: the area, its buurten, targets with progress, latest values, the
/// city's values and the indicators' definitions, in two rounds of parallel calls within the view's early deadline.
/// Figures change when statistics are imported, not when someone edits, so whole (not degraded) figures are kept
/// for <see cref="ViewOptions.FiguresCacheDuration"/>, or until an import succeeds (<see cref="ViewEviction"/>);
/// measures and partners, which people edit, are always read fresh.
/// </summary>
public sealed class AreaFiguresLoader(
    IndicatorsService.IndicatorsServiceClient indicators, IMemoryCache cache, ViewEviction eviction, IOptions<ViewOptions> options)
{
    public async Task<AreaFigures> LoadAsync(ViewCall view, string code)
    {
        var key = (nameof(AreaFigures), code);
        if (cache.TryGetValue(key, out AreaFigures? cached))
        {
            return cached!;
        }

        // Taken before reading: figures read while an import lands are then forgotten with it, not kept.
        var evicted = eviction.FiguresToken();
        var figures = await ReadAsync(view, code);
        if (view.Degraded.Count == 0 && options.Value.FiguresCacheDuration > TimeSpan.Zero)
        {
            cache.Set(key, figures, new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = options.Value.FiguresCacheDuration,
                ExpirationTokens = { evicted },
            });
        }

        return figures;
    }

    private async Task<AreaFigures> ReadAsync(ViewCall view, string code)
    {
        var cityCode = options.Value.CityAreaCode;
        var areaTask = view.TryAsync("area", call => indicators.GetAreaAsync(new GetAreaRequest { Code = code }, call).ResponseAsync, early: true);
        var childrenTask = view.TryAsync("area", call => indicators.ListAreasAsync(
            new ListAreasRequest { ParentCode = code, PageSize = Paging.PageSize }, call).ResponseAsync, early: true);
        var targetsTask = view.TryAsync("targets", call => indicators.ListTargetsAsync(
            new ListTargetsRequest { AreaCode = code }, call).ResponseAsync, early: true);
        var latestTask = view.TryAsync("indicators", call => indicators.GetLatestValuesAsync(
            new GetLatestValuesRequest { AreaCode = code }, call).ResponseAsync, early: true);
        var cityTask = view.TryAsync("cityComparison", call => indicators.GetLatestValuesAsync(
            new GetLatestValuesRequest { AreaCode = cityCode }, call).ResponseAsync, early: true);

        // An unknown area is a 404 for the whole view, so the area is awaited first.
        var area = await areaTask;
        var targets = (await targetsTask)?.Targets.ToDictionary(t => t.Target.IndicatorCode) ?? [];
        var latest = (await latestTask)?.Values.ToDictionary(v => v.IndicatorCode) ?? [];
        var codes = targets.Keys.Union(latest.Keys).Order(StringComparer.Ordinal).ToList();
        var definitionsTask = codes.Count == 0
            ? Task.FromResult<BatchGetIndicatorsResponse?>(new BatchGetIndicatorsResponse())
            : view.TryAsync("indicators", call =>
            {
                var request = new BatchGetIndicatorsRequest();
                request.Codes.AddRange(codes);
                return indicators.BatchGetIndicatorsAsync(request, call).ResponseAsync;
            }, early: true);
        var city = (await cityTask)?.Values.ToDictionary(v => v.IndicatorCode) ?? [];
        var definitions = (await definitionsTask)?.Indicators.ToDictionary(i => i.Code) ?? [];
        var children = (await childrenTask)?.Areas.Select(child => child.Code).ToList() ?? [];

        var tracked = codes.Select(indicatorCode =>
        {
            var definition = definitions.GetValueOrDefault(indicatorCode);
            var target = targets.GetValueOrDefault(indicatorCode);
            return new TrackedIndicator(
                indicatorCode,
                definition?.Name,
                definition?.Unit,
                definition?.Direction.ToJsonName(),
                definition?.Theme,
                ValueOf(latest.GetValueOrDefault(indicatorCode)),
                ValueOf(city.GetValueOrDefault(indicatorCode)),
                target is null ? null : TargetDto.From(target),
                target?.Status.ToJsonName() ?? "no_target");
        }).ToList();
        return new AreaFigures(area is null ? null : AreaDto.From(area), children, tracked);
    }

    private static ValueDto? ValueOf(LatestValue? value) => value is null
        ? null
        : new ValueDto(value.Year, value.HasValue ? value.Value : null, value.Status.ToJsonName(), value.Source);
}
