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

    /// <summary>
    /// Whether archiving from <paramref name="version"/> has nothing left to do: the partner is archived and either
    /// still at that version, or one on with the archive as its last change (archiving stamps both times alike).
    /// The second is an archive run again after its answer was lost, which must not turn into a conflict.
    /// </summary>
    public bool IsArchivedFrom(long version)
        => IsArchived && (Version == version || (Version == version + 1 && UpdatedAt == ArchivedAt));
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
