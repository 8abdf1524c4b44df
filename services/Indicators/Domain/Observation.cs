namespace Nplv.Indicators.Domain;

/// <summary>
/// One figure of an indicator for an area and year. A suppressed or missing figure has no value: never zero.
/// </summary>
public sealed record Observation(
    string IndicatorCode, string AreaCode, int Year, double? Value, ObservationStatus Status, string Source);

public enum ObservationStatus
{
    Definitief,
    Voorlopig,
}

/// <summary>A point of a series: observed, or derived from the area's buurten.</summary>
public sealed record SeriesPoint(
    string IndicatorCode, string AreaCode, int Year, double? Value, ObservationStatus Status, string Source, bool Derived);
