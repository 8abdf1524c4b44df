using System.Net.Mail;
using Nplv.Shared.Domain;

namespace Nplv.Partners.Domain;

/// <summary>A contact person at a partner. Personal data is kept to these three fields on purpose.</summary>
public sealed record Contact(string Name, string Function, string Email)
{
    public const int MaxNameLength = 200;
    public const int MaxFunctionLength = 200;
    public const int MaxEmailLength = 254;

    /// <param name="field">Where the contact sits in the request, such as <c>contacts[1]</c>.</param>
    public void Validate(Validator validator, string field)
    {
        validator
            .RequireText(Name, $"{field}.name", MaxNameLength)
            .OptionalText(Function, $"{field}.function", MaxFunctionLength)
            .OptionalText(Email, $"{field}.email", MaxEmailLength)
            .Require(string.IsNullOrWhiteSpace(Email) || Email.Length > MaxEmailLength || IsPlainAddress(Email), $"{field}.email", "must be an e-mail address");
    }

    public Contact Normalized() => new(Name.Trim(), Function.Trim(), Email.Trim());

    // MailAddress also accepts a display name ("Anna <anna@example.nl>") and comments; only the bare address is
    // a contact's e-mail, so the parsed address must be the whole input.
    private static bool IsPlainAddress(string value)
    {
        var trimmed = value.Trim();
        return MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed;
    }
}
