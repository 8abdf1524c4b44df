using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nplv.Gateway.Auth;

/// <summary>
/// Tokens for local runs, signed with the app host's development key: <c>POST /dev/tokens</c>. Mapped only in the
/// Development environment with that key configured; production tokens come from the identity provider.
/// </summary>
public static class DevelopmentTokensApi
{
    public const string Issuer = "nplv-development";
    public const string Audience = "nplv-gateway";
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);

    public static WebApplication MapDevelopmentTokens(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || GatewayAuthExtensions.DevelopmentSigningKey(app.Configuration) is not { } key)
        {
            return app;
        }

        app.MapPost("/dev/tokens", (DevelopmentTokenRequest request) => CreateToken(request, key))
            .WithTags("Development")
            .WithName("CreateDevelopmentToken")
            .WithSummary("A bearer token for local runs (Development only)")
            .DisableRateLimiting();
        return app;
    }

    private static Results<Ok<DevelopmentToken>, ValidationProblem> CreateToken(DevelopmentTokenRequest request, SecurityKey key)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Role is not (GatewayRoles.ProgrammeOffice or GatewayRoles.PartnerEditor))
        {
            errors["role"] = [$"must be {GatewayRoles.ProgrammeOffice} or {GatewayRoles.PartnerEditor}"];
        }
        else if (request.Role == GatewayRoles.PartnerEditor && !Guid.TryParse(request.PartnerId, out _))
        {
            errors["partnerId"] = ["a partner editor's token names its partner's id"];
        }

        var lifetime = request.LifetimeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultLifetime;
        if (lifetime == TimeSpan.Zero || lifetime.Duration() > MaxLifetime)
        {
            errors["lifetimeSeconds"] = ["must be non-zero and at most a week either way"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = DateTime.UtcNow;
        var expires = now.Add(lifetime);
        var issued = expires < now ? expires.AddMinutes(-1) : now;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = request.Subject ?? Guid.NewGuid().ToString(),
            ["name"] = request.Name ?? request.Role!,
            [GatewayRoles.RoleClaim] = request.Role!,
        };
        if (request.Role == GatewayRoles.PartnerEditor)
        {
            claims[GatewayRoles.PartnerIdClaim] = request.PartnerId!;
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return TypedResults.Ok(new DevelopmentToken(token, "Bearer", new DateTimeOffset(expires)));
    }
}

public sealed record DevelopmentTokenRequest(
    [property: Description("programme-office or partner-editor")] string? Role,
    [property: Description("The partner a partner editor works for")] string? PartnerId,
    string? Name,
    [property: Description("Token subject; a new one when absent")] string? Subject,
    [property: Description("Lifetime in seconds, 8 hours when absent; negative gives an expired token to try")] int? LifetimeSeconds);

public sealed record DevelopmentToken(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);
