namespace Nplv.Indicators.Domain;

/// <summary>
/// A CBS area. Codes change when a municipality redraws its wijken, so every area says in which years its code holds.
/// </summary>
public sealed record Area(
    string Code,
    string Name,
    AreaLevel Level,
    string? ParentCode,
    int ValidFromYear,
    int? ValidToYear,
    long? Population,
    int? PopulationYear,
    string Source);

public enum AreaLevel
{
    Buurt,
    Wijk,
    Gemeente,
    Land,
}

public sealed record AreaFilter(AreaLevel? Level, string? ParentCode);
