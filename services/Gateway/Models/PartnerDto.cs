using Nplv.Partners.V1;

namespace Nplv.Gateway.Models;

public sealed record ContactDto(string Name, string? Function, string? Email)
{
    public static ContactDto From(Contact contact)
        => new(contact.Name, contact.Function.NullIfEmpty(), contact.Email.NullIfEmpty());

    public Contact ToContract() => new() { Name = Name ?? "", Function = Function ?? "", Email = Email ?? "" };
}

public sealed record PartnerDto(
    string Id,
    string Name,
    string Type,
    string Role,
    string Website,
    IReadOnlyList<ContactDto> Contacts,
    bool Archived,
    DateTimeOffset? ArchivedAt,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PartnerDto From(Partner partner) => new(
        partner.Id,
        partner.Name,
        partner.Type.ToJsonName(),
        partner.Role,
        partner.Website,
        [.. partner.Contacts.Select(ContactDto.From)],
        partner.Archived,
        partner.ArchiveTime?.ToDateTimeOffset(),
        partner.Version,
        partner.CreateTime.ToDateTimeOffset(),
        partner.UpdateTime.ToDateTimeOffset());
}
