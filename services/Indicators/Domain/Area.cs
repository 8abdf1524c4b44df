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
    string Source)
{
    /// <summary>The programmes the area belongs to, over the years.</summary>
    public IReadOnlyList<ProgrammeMembership> Programmes { get; init; } = [];
}

/// <summary>An area's part in a programme from <see cref="FromYear"/> (to <see cref="ToYear"/> when it ended).</summary>
public sealed record ProgrammeMembership(string Programme, string AreaCode, string ProgrammeWijk, int FromYear, int? ToYear, string Source);

public enum AreaLevel
{
    Buurt,
    Wijk,
    Gemeente,
    Land,
}

/// <summary>Which areas to list; <see cref="Programme"/> with <see cref="Year"/> means members in that year.</summary>
public sealed record AreaFilter(AreaLevel? Level, string? ParentCode, string? Programme = null, int? Year = null);
