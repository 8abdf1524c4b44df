using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Microsoft.IdentityModel.Tokens;
using Nplv.Testing.Oidc;

namespace Nplv.IntegrationTests;

/// <summary>
/// Sign-in at the organisation's OpenID Connect provider, over the protocol itself: the pages' authorization code flow
/// with PKCE against a real provider, and the gateway accepting (and refusing) what comes of it.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class SignInTests(SuiteFixture suite)
{
    [Fact]
    public async Task TheGatewayNamesItsProviderAndTakesTheTokenTheCodeFlowGivesAWerkProEditor()
    {
        var options = await suite.GetOkJsonAsync("/api/v1/sign-in");
        var provider = options.GetProperty("provider");
        Assert.Equal(suite.Oidc.Issuer.ToString(), provider.GetProperty("authority").GetString());
        Assert.Equal(SuiteFixture.WebClientId, provider.GetProperty("clientId").GetString());
        Assert.Contains(OidcProvider.ProgrammeScope, provider.GetProperty("scope").GetString()!.Split(' '));
        Assert.True(options.GetProperty("developmentTokens").GetBoolean());

        var (token, idToken) = await CodeFlowAsync(SuiteFixture.WerkProEditor);

        // Its access token is the editor's: a report on a measure WerkPro takes part in is theirs to write.
        var office = await suite.OfficeTokenAsync();
        var code = ReportsRoutesTests.NewPeriodCode();
        using (var period = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, ReportsRoutesTests.Period(code)))
        {
            Assert.Equal(HttpStatusCode.Created, period.StatusCode);
        }

        var measure = await new ReportsRoutesTests(suite).RunningMeasureAsync(office, "Aangemeld bij de gemeente " + Guid.NewGuid().ToString("N")[..6]);
        using var written = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{measure}/reports/{code}", token, ReportsRoutesTests.Report());
        Assert.True(written.StatusCode == HttpStatusCode.Created, await written.Content.ReadAsStringAsync());
        var history = (await suite.GetOkJsonAsync($"/api/v1/measures/{measure}/history", token)).GetProperty("items")[0];
        var actor = history.GetProperty("actor");
        Assert.Equal((SuiteFixture.WerkProEditor.Subject, "Wim WerkPro", "partner-editor", GatewayClient.WerkPro),
            (actor.GetProperty("subject").GetString(), actor.GetProperty("name").GetString(), actor.GetProperty("role").GetString(),
             actor.GetProperty("partnerId").GetString()));

        // The programme office's work is not the editor's.
        using var period2 = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", token, ReportsRoutesTests.Period(ReportsRoutesTests.NewPeriodCode()));
        await period2.ProblemAsync(403);

        // A token changed after the provider signed it is refused.
        var parts = token.Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(parts[1]))!;
        var forged = JsonSerializer.Serialize(claims.ToDictionary(c => c.Key, c => c.Key == "role" ? (object)"programme-office" : c.Value));
        using var tampered = await suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{measure}/history",
            $"{parts[0]}.{Base64UrlEncoder.Encode(forged)}.{parts[2]}");
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);

        // The identity token is the pages' (its audience is their client), not a key to the API.
        using var withIdToken = await suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{measure}/history", idToken);
        Assert.Equal(HttpStatusCode.Unauthorized, withIdToken.StatusCode);

        // Signed in without the programme's scope, the editor is someone with no role here.
        var (withoutRole, _) = await CodeFlowAsync(SuiteFixture.WerkProEditor, "openid profile");
        using var refused = await suite.SendAsync(HttpMethod.Get, $"/api/v1/measures/{measure}/history", withoutRole);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task TheProviderTradesACodeOnlyWithItsVerifierOnceAndOnlyForItsRedirectAddress()
    {
        using var browser = NewBrowser();
        var (verifier, challenge) = Pkce();
        var code = await AuthorizeAsync(browser, SuiteFixture.ProgrammeOfficer, challenge);

        using var wrongVerifier = await ExchangeAsync(browser, code, Pkce().Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.Equal("invalid_grant", (await wrongVerifier.JsonAsync()).GetProperty("error").GetString());
        // The one who asked for the code trades it, once.
        using var traded = await ExchangeAsync(browser, code, verifier);
        Assert.Equal(HttpStatusCode.OK, traded.StatusCode);
        using var again = await ExchangeAsync(browser, code, verifier);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        using var elsewhere = await browser.GetAsync(AuthorizeUrl(challenge, redirectUri: "http://localhost:1/aangemeld"));
        Assert.True(elsewhere.StatusCode == HttpStatusCode.BadRequest, $"{elsewhere.StatusCode} {elsewhere.Headers.Location} {await elsewhere.Content.ReadAsStringAsync()}");
        using var withoutPkce = await browser.GetAsync(AuthorizeUrl(challenge: null));
        Assert.Equal(HttpStatusCode.BadRequest, withoutPkce.StatusCode);
    }

    /// <summary>What the pages do: authorize with a PKCE challenge, sign in at the provider's form, trade the code.</summary>
    private async Task<(string AccessToken, string IdToken)> CodeFlowAsync(OidcAccount account, string? scope = null)
    {
        using var browser = NewBrowser();
        var (verifier, challenge) = Pkce();
        var code = await AuthorizeAsync(browser, account, challenge, scope);
        using var exchanged = await ExchangeAsync(browser, code, verifier);
        Assert.True(exchanged.StatusCode == HttpStatusCode.OK, await exchanged.Content.ReadAsStringAsync());
        var tokens = await exchanged.JsonAsync();
        return (tokens.GetProperty("access_token").GetString()!, tokens.GetProperty("id_token").GetString()!);
    }

    private async Task<string> AuthorizeAsync(HttpClient browser, OidcAccount account, string challenge, string? scope = null)
    {
        using var authorize = await browser.GetAsync(AuthorizeUrl(challenge, scope: scope));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var login = authorize.Headers.Location!;
        Assert.StartsWith("/account/login", login.OriginalString);
        var returnUrl = HttpUtility.ParseQueryString(login.OriginalString.Split('?')[1])["returnUrl"]!;
        using var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = account.UserName,
            ["password"] = account.Password,
            ["returnUrl"] = returnUrl,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var authorized = await browser.GetAsync(signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var back = authorized.Headers.Location!;
        Assert.Equal(RedirectUri.GetLeftPart(UriPartial.Path), back.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(back.Query);
        Assert.Equal("s1", query["state"]);
        return query["code"]!;
    }

    private Task<HttpResponseMessage> ExchangeAsync(HttpClient browser, string code, string verifier)
        => browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri.ToString(),
            ["client_id"] = SuiteFixture.WebClientId,
            ["code_verifier"] = verifier,
        }));

    private Uri RedirectUri => new(suite.Gateway.BaseAddress!, "aangemeld");

    private string AuthorizeUrl(string? challenge, string? redirectUri = null, string? scope = null)
    {
        var query = HttpUtility.ParseQueryString("");
        query["client_id"] = SuiteFixture.WebClientId;
        query["redirect_uri"] = redirectUri ?? RedirectUri.ToString();
        query["response_type"] = "code";
        query["scope"] = scope ?? $"openid profile {OidcProvider.ProgrammeScope}";
        query["state"] = "s1";
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = "S256";
        }

        return "/connect/authorize?" + query;
    }

    // A browser of its own: the provider's sign-in cookie, and redirects seen one by one.
    private HttpClient NewBrowser() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = suite.Oidc.Issuer,
        DefaultRequestHeaders = { Accept = { new MediaTypeWithQualityHeaderValue("application/json") } },
    };

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}
