using Nplv.Indicators.V1;

namespace Nplv.Gateway.Models;

public sealed record IndicatorSourceDto(string Dataset, string? Column);

public sealed record IndicatorDto(
    string Code,
    string Name,
    string Definition,
    string Unit,
    string Direction,
    string Theme,
    IndicatorSourceDto Source,
    string Aggregation,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static IndicatorDto From(Indicator indicator) => new(
        indicator.Code,
        indicator.Name,
        indicator.Definition,
        indicator.Unit,
        indicator.Direction.ToJsonName(),
        indicator.Theme,
        new IndicatorSourceDto(indicator.Source?.Dataset ?? "", indicator.Source?.Column.NullIfEmpty()),
        indicator.Aggregation.ToJsonName(),
        indicator.Version,
        indicator.CreateTime.ToDateTimeOffset(),
        indicator.UpdateTime.ToDateTimeOffset());
}
