using Nplv.Shared.Domain;

namespace Nplv.Partners.Domain;

/// <summary>A partner to create. <see cref="RequestId"/> makes a retried create return the first result.</summary>
public sealed record NewPartner(Guid? RequestId, string Name, PartnerType? Type, string Role, string Website)
{
    public const int MaxNameLength = 200;
    public const int MaxRoleLength = 2000;
    public const int MaxWebsiteLength = 500;

    public void Validate(Validator validator)
    {
        validator
            .RequireText(Name, "name", MaxNameLength)
            .Require(Type is not null, "type", "is required")
            .OptionalText(Role, "role", MaxRoleLength)
            .OptionalText(Website, "website", MaxWebsiteLength)
            .Require(string.IsNullOrEmpty(Website) || IsWebAddress(Website), "website", "must be an absolute http or https address");
    }

    private static bool IsWebAddress(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
