using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nplv.IntegrationTests;

/// <summary>Requests to the gateway as a frontend makes them, with the tokens of <c>POST /dev/tokens</c>.</summary>
public static class GatewayClient
{
    public const string GemeenteGroningen = "0195a000-0000-7000-8000-000000000001";
    public const string WerkPro = "0195a000-0000-7000-8000-000000000002";
    public const string AlfaCollege = "0195a000-0000-7000-8000-000000000003";

    /// <summary>The gateway's limit for a request body that is not an import (Gateway:MaxRequestBodyBytes).</summary>
    private const long OverTheBodyLimit = 1024 * 1024;

    public static async Task<string> TokenAsync(this SuiteFixture suite, string role, string? partnerId = null, int? lifetimeSeconds = null, string? name = null)
    {
        using var response = await suite.Gateway.PostAsJsonAsync("/dev/tokens", new { role, partnerId, lifetimeSeconds, name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static Task<string> OfficeTokenAsync(this SuiteFixture suite, string? name = null) => suite.TokenAsync("programme-office", name: name);

    /// <summary>
    /// A well-formed programme-office token with the right issuer and audience, signed with a key the gateway does not
    /// know (<paramref name="key"/>, or a random one).
    /// </summary>
    public static string ForgedToken(byte[]? key = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "nplv-development",
        Audience = "nplv-gateway",
        Claims = new Dictionary<string, object> { ["sub"] = "forger", ["role"] = "programme-office" },
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new(new SymmetricSecurityKey(key ?? RandomNumberGenerator.GetBytes(64)), SecurityAlgorithms.HmacSha256),
    });

    public static Task<string> EditorTokenAsync(this SuiteFixture suite, string partnerId, string? name = null) => suite.TokenAsync("partner-editor", partnerId, name: name);

    public static async Task<HttpResponseMessage> SendAsync(
        this SuiteFixture suite,
        HttpMethod method,
        string path,
        string? token = null,
        object? json = null,
        string? ifMatch = null,
        string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = json as HttpContent ?? JsonContent.Create(json);

            // A body the gateway will refuse is best not sent at all: without 100 Continue the gateway answers 413
            // and closes while the client still writes, and the client may see the reset before the answer.
            if (request.Content.Headers.ContentLength > OverTheBodyLimit)
            {
                request.Headers.ExpectContinue = true;
            }
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await suite.Gateway.SendAsync(request);
    }

    /// <summary>
    /// Sends a request made anew for each try, waiting out a 429: writes without a valid token share one budget per
    /// address (60 a minute), and every test of the run sends from the same one, so another test may have spent it.
    /// </summary>
    public static async Task<HttpResponseMessage> SendWaitingOutTheLimitAsync(this SuiteFixture suite, Func<Task<HttpRequestMessage>> request)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = await request();
            var response = await suite.Gateway.SendAsync(message);
            if (response.StatusCode != System.Net.HttpStatusCode.TooManyRequests || attempt == 3)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5);
            response.Dispose();
            await Task.Delay(wait);
        }
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
        => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The body of a 200 answer from the gateway.</summary>
    public static async Task<JsonElement> GetOkJsonAsync(this SuiteFixture suite, string path, string? token = null)
    {
        using var response = token is null ? await suite.Gateway.GetAsync(path) : await suite.SendAsync(HttpMethod.Get, path, token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The import once it has succeeded or failed, read as a frontend follows it; failing after <paramref name="timeout"/>.</summary>
    public static async Task<JsonElement> WaitUntilImportFinishedAsync(this SuiteFixture suite, string token, string id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var import = await suite.GetOkJsonAsync($"/api/v1/imports/{id}", token);
            if (import.GetProperty("state").GetString() != "running")
            {
                return import;
            }

            Assert.True(DateTime.UtcNow < deadline, $"import {id} still running after {timeout}: {import}");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>How many items of a list route, over all its pages, match.</summary>
    public static async Task<int> CountListedAsync(this SuiteFixture suite, string listPath, Func<JsonElement, bool> match)
        => (await suite.ListAllAsync(listPath)).Count(match);

    /// <summary>Every item of a list route, page after page.</summary>
    public static async Task<List<JsonElement>> ListAllAsync(this SuiteFixture suite, string listPath)
    {
        var items = new List<JsonElement>();
        string? pageToken = null;
        do
        {
            var separator = listPath.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var page = await suite.GetOkJsonAsync($"{listPath}{separator}pageSize=200&pageToken={Uri.EscapeDataString(pageToken ?? "")}");
            items.AddRange(page.GetProperty("items").EnumerateArray());
            pageToken = page.GetProperty("nextPageToken").GetString();
        }
        while (pageToken is not null);
        return items;
    }

    /// <summary>The response's ProblemDetails, after checking it is one with this status.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }

    public static IEnumerable<string> Errors(this JsonElement problem)
        => problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name) : [];

    public static string NewPartner(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";
}
