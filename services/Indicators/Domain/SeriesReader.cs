using Nplv.Indicators.Data;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Domain;

/// <summary>Series of one or more indicators over the same areas and years, read in one query for all of them.</summary>
public sealed class SeriesReader(IndicatorStore indicators, ObservationStore observations)
{
    /// <summary>
    /// A series per indicator, in the order of <paramref name="indicatorCodes"/>, each with an area series per
    /// distinct area code in the order given. Unknown indicators are NotFound, naming every one; unknown areas are
    /// field errors of <c>area_codes</c>. With <paramref name="asOf"/>, the figures are those known at that moment.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorSeries>> ReadAsync(
        IReadOnlyList<string> indicatorCodes, IReadOnlyList<string> areaCodes, int fromYear, int toYear, DateTime? asOf,
        CancellationToken cancellationToken)
    {
        var found = await indicators.BatchGetAsync(indicatorCodes, cancellationToken);
        BatchRead.ThrowIfAnyMissing("indicator", indicatorCodes, found.Select(i => i.Code));

        var areas = areaCodes.Distinct().ToList();
        var known = await observations.KnownCodesAsync([], areas, cancellationToken);
        var validator = new Validator();
        for (var i = 0; i < areaCodes.Count; i++)
        {
            validator.Require(known.Areas.ContainsKey(areaCodes[i]), $"area_codes[{i}]", $"no area '{areaCodes[i]}'");
        }

        validator.ThrowIfInvalid();
        var points = (await observations.SeriesAsync(found, areas, fromYear, toYear, asOf, cancellationToken))
            .ToLookup(p => (p.IndicatorCode, p.AreaCode));

        return
        [
            .. found.Select(indicator => new IndicatorSeries(
                indicator, [.. areas.Select(area => new AreaSeries(area, [.. points[(indicator.Code, area)]]))])),
        ];
    }
}

public sealed record IndicatorSeries(Indicator Indicator, IReadOnlyList<AreaSeries> Series);

/// <summary>An area's points, by year; years without any observation are left out.</summary>
public sealed record AreaSeries(string AreaCode, IReadOnlyList<SeriesPoint> Points);
