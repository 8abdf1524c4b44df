using Microsoft.Extensions.Options;

namespace Nplv.Gateway.Auth;

/// <summary>How the pages can sign in here: <c>GET /api/v1/sign-in</c>.</summary>
public static class SignInApi
{
    public static RouteGroupBuilder MapSignInApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/sign-in", GetSignInOptions).WithName(nameof(GetSignInOptions)).WithTags("Sign-in")
            .WithSummary("The OpenID Connect provider the pages sign in with (none when not configured), and whether local development tokens are issued");
        return v1;
    }

    public static SignInOptionsDto GetSignInOptions(IOptions<SignInProviderOptions> options, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = options.Value;
        return new SignInOptionsDto(
            SignInProviderOptions.AuthorityFrom(configuration) is { } authority
                ? new SignInProviderDto(authority, provider.ClientId!, provider.Scope, provider.DisplayName)
                : null,
            environment.IsDevelopment() && GatewayAuthExtensions.DevelopmentSigningKey(configuration) is not null);
    }
}

/// <param name="Provider">The organisation's provider: sign in there with the authorization code flow and PKCE.</param>
/// <param name="DevelopmentTokens">Whether <c>POST /dev/tokens</c> issues tokens (local runs only).</param>
public sealed record SignInOptionsDto(SignInProviderDto? Provider, bool DevelopmentTokens);

/// <param name="Authority">The provider's issuer; its discovery document is at <c>.well-known/openid-configuration</c>.</param>
/// <param name="ClientId">The pages' public client id.</param>
/// <param name="Scope">The scopes to ask for, space-separated.</param>
public sealed record SignInProviderDto(string Authority, string ClientId, string Scope, string DisplayName);
