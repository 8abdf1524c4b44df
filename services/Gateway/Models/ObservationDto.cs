using Nplv.Indicators.V1;

namespace Nplv.Gateway.Models;

/// <summary>One observed figure of an indicator in an area and year. A suppressed or missing figure has no value, never zero.</summary>
public sealed record ObservationDto(string IndicatorCode, string AreaCode, int Year, double? Value, string Status, string Source)
{
    public static ObservationDto From(Observation observation) => new(
        observation.IndicatorCode, observation.AreaCode, observation.Year, observation.HasValue ? observation.Value : null,
        observation.Status.ToJsonName(), observation.Source);
}
