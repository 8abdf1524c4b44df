namespace Nplv.Gateway.Auth;

/// <summary>
/// The organisation's OpenID Connect provider, as the pages sign in with it (<c>Auth:Oidc</c>): the authorization
/// code flow with PKCE for a public client. The tokens it issues are validated by the bearer scheme, configured under
/// <c>Authentication:Schemes:Bearer</c> (<c>Authority</c>, <c>ValidAudiences</c>); <see cref="Authority"/> defaults
/// to that one.
/// </summary>
public sealed class SignInProviderOptions
{
    public const string Section = "Auth:Oidc";

    public string? Authority { get; set; }

    /// <summary>The pages' client id at the provider; without one the pages offer no provider sign-in.</summary>
    public string? ClientId { get; set; }

    /// <summary>Scopes asked for; the provider must put the role (and partner) claims in the access token.</summary>
    public string Scope { get; set; } = "openid profile";

    /// <summary>How the sign-in page names the provider ("Gemeente Groningen").</summary>
    public string DisplayName { get; set; } = "uw organisatie";

    /// <summary>Whether the pages sign in at a provider: it has an address, and the pages a client id there.</summary>
    public bool IsConfigured => Authority is { Length: > 0 } && ClientId is { Length: > 0 };
}
