namespace Nplv.Measures.Domain;

public sealed record Measure(
    Guid Id,
    string Title,
    string Description,
    Theme Theme,
    IReadOnlyList<string> AreaCodes,
    Guid LeadPartnerId,
    MeasureStatus Status,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public enum Theme
{
    Onderwijs,
    Armoede,
    Werk,
    Gezondheid,
    Wonen,
    Veiligheid,
    Participatie,
}

public enum MeasureStatus
{
    Idee,
    Gepland,
    Lopend,
    Afgerond,
    Gestopt,
}
