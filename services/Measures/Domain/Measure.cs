namespace Nplv.Measures.Domain;

public sealed record Measure(
    Guid Id,
    MeasureDraft Content,
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

public enum ExpectedDirection
{
    Up,
    Down,
}

public sealed record Participant(Guid PartnerId, string Role);

public sealed record FundingLine(string Source, long AmountCents, int FromYear, int ToYear);

public sealed record Milestone(string Title, DateOnly DueDate, bool Done);

public sealed record IndicatorLink(string IndicatorCode, ExpectedDirection ExpectedDirection);
