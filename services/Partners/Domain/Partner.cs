namespace Nplv.Partners.Domain;

public sealed record Partner(
    Guid Id,
    string Name,
    PartnerType Type,
    string Role,
    string Website,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public enum PartnerType
{
    Gemeente,
    Bewoners,
    Woningcorporatie,
    Politie,
    Welzijn,
    Werkgever,
    Onderwijs,
    Kinderopvang,
    Rijk,
    Other,
}
