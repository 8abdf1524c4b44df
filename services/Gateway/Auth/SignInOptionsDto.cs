namespace Nplv.Gateway.Auth;

/// <param name="Provider">The organisation's provider: sign in there with the authorization code flow and PKCE.</param>
/// <param name="DevelopmentTokens">Whether <c>POST /dev/tokens</c> issues tokens (local runs only).</param>
public sealed record SignInOptionsDto(SignInProviderDto? Provider, bool DevelopmentTokens);

/// <param name="Authority">The provider's issuer; its discovery document is at <c>.well-known/openid-configuration</c>.</param>
/// <param name="ClientId">The pages' public client id.</param>
/// <param name="Scope">The scopes to ask for, space-separated.</param>
public sealed record SignInProviderDto(string Authority, string ClientId, string Scope, string DisplayName);
