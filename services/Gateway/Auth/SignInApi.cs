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
            provider.IsConfigured
                ? new SignInProviderDto(provider.Authority!, provider.ClientId!, provider.Scope, provider.DisplayName)
                : null,
            environment.IsDevelopment() && GatewayAuthExtensions.DevelopmentSigningKey(configuration) is not null);
    }
}
