namespace Nplv.Indicators.Imports;

/// <summary>An observation taken from a file, on its way into the staging table.</summary>
/// <param name="Source">The row's own source, or null for the import's (its mapping's) source.</param>
public readonly record struct StagedObservation(
    long Line, string IndicatorCode, string AreaCode, int Year, double? Value, string Status, string? Source);
