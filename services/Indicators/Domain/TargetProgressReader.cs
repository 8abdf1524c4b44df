using Nplv.Indicators.Data;

namespace Nplv.Indicators.Domain;

/// <summary>Targets with their progress, read with a fixed number of queries however many targets there are.</summary>
public sealed class TargetProgressReader(TargetStore targets, IndicatorStore indicators)
{
    /// <param name="upToYear">Only figures up to this year count, for progress as it stood then; null for all.</param>
    public async Task<IReadOnlyList<TargetProgress>> ListAsync(string? areaCode, string? indicatorCode, int? upToYear, CancellationToken cancellationToken)
    {
        var found = await targets.ListAsync(areaCode, indicatorCode, cancellationToken);
        if (found.Count == 0)
        {
            return [];
        }

        var definitions = (await indicators.BatchGetAsync([.. found.Select(t => t.IndicatorCode).Distinct()], cancellationToken))
            .ToDictionary(i => i.Code);
        var pairs = found
            .SelectMany(t => t.ReferenceAreaCode is { } reference
                ? new[] { (t.IndicatorCode, t.AreaCode), (t.IndicatorCode, reference) }
                : [(t.IndicatorCode, t.AreaCode)])
            .Distinct()
            .ToList();
        var values = await targets.ValuesAsync(pairs, cancellationToken);
        IReadOnlyList<YearValue> Upto(IEnumerable<YearValue> all) => [.. all.Where(v => upToYear is not { } last || v.Year <= last)];

        return
        [
            .. found.Select(t => TargetEvaluation.Evaluate(
                t,
                definitions[t.IndicatorCode].Direction,
                Upto(values[(t.IndicatorCode, t.AreaCode)]),
                t.ReferenceAreaCode is { } reference ? Upto(values[(t.IndicatorCode, reference)]) : [])),
        ];
    }
}
