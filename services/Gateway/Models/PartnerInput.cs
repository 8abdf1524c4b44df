using Nplv.Partners.V1;

namespace Nplv.Gateway.Models;

/// <summary>A partner as a client sends it, to create one or to replace one whole.</summary>
public sealed record PartnerInput(string? Name, string? Type, string? Role, string? Website, IReadOnlyList<ContactDto>? Contacts)
{
    public CreatePartnerRequest ToCreateRequest(Guid requestId, InputErrors errors)
    {
        var request = new CreatePartnerRequest
        {
            RequestId = requestId.ToString(),
            Name = Name ?? "",
            Type = errors.Enum<PartnerType>("type", Type),
            Role = Role ?? "",
            Website = Website ?? "",
        };
        request.Contacts.AddRange(ContactsOf(errors));
        return request;
    }

    public UpdatePartnerRequest ToUpdateRequest(string id, long version, InputErrors errors)
    {
        var request = new UpdatePartnerRequest
        {
            Id = id,
            Version = version,
            Name = Name ?? "",
            Type = errors.Enum<PartnerType>("type", Type),
            Role = Role ?? "",
            Website = Website ?? "",
        };
        request.Contacts.AddRange(ContactsOf(errors));
        return request;
    }

    private IEnumerable<Contact> ContactsOf(InputErrors errors)
        => errors.Entries(Contacts, "contacts").Select(entry => entry.Item.ToContract());
}
