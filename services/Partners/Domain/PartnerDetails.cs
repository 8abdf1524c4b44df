using Nplv.Shared.Domain;

namespace Nplv.Partners.Domain;

/// <summary>What a client sets on a partner, both when creating and when updating it (a full replacement).</summary>
public sealed record PartnerDetails(string Name, PartnerType? Type, string Role, string Website, IReadOnlyList<Contact> Contacts)
{
    public const int MaxNameLength = 200;
    public const int MaxRoleLength = 2000;
    public const int MaxWebsiteLength = 500;
    public const int MaxContacts = 50;

    public void Validate(Validator validator)
    {
        validator
            .RequireText(Name, "name", MaxNameLength)
            .Require(Type is not null, "type", "is required")
            .OptionalText(Role, "role", MaxRoleLength)
            .OptionalText(Website, "website", MaxWebsiteLength)
            .Require(string.IsNullOrEmpty(Website) || IsWebAddress(Website), "website", "must be an absolute http or https address")
            .Require(Contacts.Count <= MaxContacts, "contacts", $"must hold at most {MaxContacts} contacts");

        for (var i = 0; i < Contacts.Count && i < MaxContacts; i++)
        {
            Contacts[i].Validate(validator, $"contacts[{i}]");
        }
    }

    /// <summary>The details as stored: surrounding white space removed.</summary>
    public PartnerDetails Normalized()
        => new(Name.Trim(), Type, Role.Trim(), Website.Trim(), [.. Contacts.Select(c => c.Normalized())]);

    /// <summary>Whether <paramref name="partner"/> holds exactly these details; compare normalized details.</summary>
    public bool AreHeldBy(Partner partner)
        => partner.Name == Name && partner.Type == Type && partner.Role == Role && partner.Website == Website
           && partner.Contacts.SequenceEqual(Contacts);

    private static bool IsWebAddress(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
