using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Nplv.Gateway.Auth;

public static class GatewayAuthExtensions
{
    /// <summary>
    /// Bearer tokens. Production configures its identity provider under <c>Authentication:Schemes:Bearer</c>
    /// (<c>Authority</c>, <c>ValidAudiences</c>...) and the pages' sign-in with it under <c>Auth:Oidc</c>
    /// (<see cref="SignInProviderOptions"/>); a local run gets a development signing key from the app host in
    /// <c>Auth:DevelopmentSigningKey</c> and the tokens of <see cref="DevelopmentTokensApi"/>. With both, both are
    /// accepted: the bearer handler adds the provider's issuer and keys to the development ones.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayAuth(this IHostApplicationBuilder builder)
    {
        var developmentKey = DevelopmentSigningKey(builder.Configuration);
        if (developmentKey is not null && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Auth:DevelopmentSigningKey is for local runs only (the Development environment); "
                + "configure the identity provider under Authentication:Schemes:Bearer instead.");
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure(options =>
        {
            // Claims keep the names they have in the token ("role", "partner_id", "sub").
            options.MapInboundClaims = false;
            options.TokenValidationParameters.RoleClaimType = builder.Configuration["Auth:RoleClaim"] ?? GatewayRoles.RoleClaim;
            options.TokenValidationParameters.NameClaimType = "name";
            // The default five minutes would let an expired token in long after it expired.
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            if (developmentKey is not null)
            {
                options.TokenValidationParameters.IssuerSigningKey = developmentKey;
                options.TokenValidationParameters.ValidIssuer = DevelopmentTokensApi.Issuer;
                options.TokenValidationParameters.ValidAudience = DevelopmentTokensApi.Audience;
            }
        });

        builder.Services.AddOptions<SignInProviderOptions>()
            .BindConfiguration(SignInProviderOptions.Section)
            .PostConfigure(options => options.Authority ??= builder.Configuration["Authentication:Schemes:Bearer:Authority"])
            .Validate(options => options.Authority is null || Uri.TryCreate(options.Authority, UriKind.Absolute, out _),
                "Auth:Oidc:Authority (or Authentication:Schemes:Bearer:Authority) must be an absolute address")
            .ValidateOnStart();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GatewayPolicies.ProgrammeOffice, policy => policy.RequireRole(GatewayRoles.ProgrammeOffice))
            .AddPolicy(GatewayPolicies.Editor, policy => policy.RequireAssertion(context =>
                context.User.IsProgrammeOffice() || context.User.EditorPartnerId() is not null));
        return builder;
    }

    internal static SymmetricSecurityKey? DevelopmentSigningKey(IConfiguration configuration)
        => configuration["Auth:DevelopmentSigningKey"] is { Length: >= 32 } secret
            ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret))
            : null;
}
