namespace Nplv.Testing.Oidc;

/// <summary>
/// Someone who can sign in at the <see cref="OidcProvider"/>, with the claims an organisation's provider would give
/// the gateway: a stable subject, a name, a role and, for a partner's editor, the partner.
/// </summary>
public sealed record OidcAccount(string UserName, string Password, string Name, string Role, string? PartnerId = null)
{
    public string Subject => $"oidc|{UserName}";
}
