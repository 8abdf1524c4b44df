using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Nplv.Testing.Oidc;

/// <summary>
/// A real OpenID Connect provider for the tests, built on OpenIddict: discovery, JWKS, the authorization code flow
/// with PKCE for public clients (the pages), a login form for its <see cref="OidcAccount"/>s, and signed JWT access
/// tokens for the gateway's audience. It stands in for the organisation's provider, which cannot be reached here.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    /// <summary>The API the access tokens are for: the gateway.</summary>
    public const string Audience = "nplv-gateway";

    /// <summary>The scope that asks for the programme's claims (role, partner) in the access token.</summary>
    public const string ProgrammeScope = "nplv";

    private const string LoginScheme = "oidc-login";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, OidcAccount> _accounts = new(StringComparer.OrdinalIgnoreCase);

    private OidcProvider(WebApplication app, Uri issuer)
    {
        _app = app;
        Issuer = issuer;
    }

    /// <summary>The provider's address, its issuer: discovery is at <c>.well-known/openid-configuration</c>.</summary>
    public Uri Issuer { get; }

    public static async Task<OidcProvider> StartAsync()
    {
        var port = FreePort.Next();
        var issuer = new Uri($"http://localhost:{port}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var database = "oidc-" + Guid.NewGuid();
        builder.Services.AddDbContext<OidcDbContext>(options => options.UseInMemoryDatabase(database).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<OidcDbContext>())
            .AddServer(options =>
            {
                options.SetIssuer(issuer)
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .RegisterScopes(Scopes.OpenId, Scopes.Profile, ProgrammeScope)
                    .AddEphemeralEncryptionKey()
                    .AddEphemeralSigningKey()
                    // Plain signed JWTs, as an API validates them with its provider's keys.
                    .DisableAccessTokenEncryption();
                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // Plain HTTP on loopback, for the tests only.
                    .DisableTransportSecurityRequirement();
            });
        builder.Services.AddAuthentication(LoginScheme).AddCookie(LoginScheme, options => options.Cookie.Name = "oidc-login");
        // The pages fetch discovery and exchange their code from the gateway's origin.
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));

        var app = builder.Build();
        var provider = new OidcProvider(app, issuer);
        app.UseCors();
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)provider.AuthorizeAsync);
        app.MapGet("/connect/endsession", (Delegate)EndSessionAsync);
        app.MapGet("/account/login", (string? returnUrl) => LoginForm(returnUrl, failed: false));
        app.MapPost("/account/login", (Delegate)provider.LogInAsync);
        await app.StartAsync();
        return provider;
    }

    public void AddAccount(OidcAccount account) => _accounts[account.UserName] = account;

    /// <summary>Registers a public client (a single-page app) that signs in with a code and PKCE and comes back at <paramref name="redirectUri"/>.</summary>
    public async Task RegisterClientAsync(string clientId, Uri redirectUri, Uri postLogoutRedirectUri)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            DisplayName = "NPLV Groningen-Noord",
            RedirectUris = { redirectUri },
            PostLogoutRedirectUris = { postLogoutRedirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Prefixes.Scope + ProgrammeScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var login = await context.AuthenticateAsync(LoginScheme);
        if (!login.Succeeded || !_accounts.TryGetValue(login.Principal.Identity?.Name ?? "", out var account))
        {
            var back = context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType
                    ? (await context.Request.ReadFormAsync()).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))
                    : context.Request.Query.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
            return Results.Redirect("/account/login?returnUrl=" + Uri.EscapeDataString(back));
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.Subject).SetClaim(Claims.Name, account.Name);
        // Like an organisation's provider, the programme's claims come with the scope that asks for them.
        if (request.HasScope(ProgrammeScope))
        {
            identity.SetClaim(Claims.Role, account.Role).SetClaim("partner_id", account.PartnerId);
        }

        identity.SetScopes(request.GetScopes());
        identity.SetResources(Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<IResult> LogInAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        if (!returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal))
        {
            return Results.BadRequest("returnUrl must lead back to the authorization endpoint");
        }

        if (!_accounts.TryGetValue(form["username"].ToString(), out var account) || account.Password != form["password"].ToString())
        {
            return LoginForm(returnUrl, failed: true);
        }

        await context.SignInAsync(LoginScheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, account.UserName)], LoginScheme)));
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(LoginScheme);
        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult LoginForm(string? returnUrl, bool failed)
        => Results.Content(
            $"""
            <!doctype html>
            <html lang="nl"><head><meta charset="utf-8"><title>Inloggen bij de gemeente</title></head>
            <body>
              <h1>Inloggen</h1>
              {(failed ? "<p role=\"alert\" id=\"login-failed\">Onbekende gebruikersnaam of verkeerd wachtwoord.</p>" : "")}
              <form method="post" action="/account/login">
                <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl ?? "")}">
                <label>Gebruikersnaam <input name="username" autocomplete="username"></label>
                <label>Wachtwoord <input name="password" type="password" autocomplete="current-password"></label>
                <button type="submit">Inloggen</button>
              </form>
            </body></html>
            """,
            "text/html; charset=utf-8");
}
