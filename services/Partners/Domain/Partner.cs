namespace Nplv.Partners.Domain;

public sealed record Partner(
    Guid Id,
    string Name,
    PartnerType Type,
    string Role,
    string Website,
    IReadOnlyList<Contact> Contacts,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ArchivedAt)
{
    public bool IsArchived => ArchivedAt is not null;
}

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
