using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Authorization headers the gateway must not accept, each with a programme office's claims inside.</summary>
internal static class BadTokens
{
    private static readonly CredentialKind[] FromRealTokens = [CredentialKind.Expired, CredentialKind.Tampered, CredentialKind.Truncated];

    public static Credential Any(Random random) => random.Next(4) switch
    {
        0 => new Credential(random.Pick(FromRealTokens)),
        _ => new Credential(CredentialKind.Raw, Raw: AnyRaw(random)),
    };

    private static string AnyRaw(Random random) => random.Next(8) switch
    {
        0 => "Bearer " + Convert.ToBase64String(Bytes(random, 8 + random.Next(200))),
        1 => "Bearer " + Unsigned(random),
        2 => "Bearer " + SignedWithAnotherKey(random),
        3 => "Bearer " + random.Pick(Malformed),
        4 => random.Pick(OtherSchemes),
        5 => "Bearer " + Segment(Json(new JsonObject { ["alg"] = "HS256" })) + "." + Segment(Claims()) + ".",
        6 => "Bearer " + random.AnyInjection(),
        _ => "Bearer " + SignedWithAnotherKey(random) + "." + Segment("extra"),
    };

    /// <summary>The changed or cut forms of a real token, which the barrage can only make once it holds one.</summary>
    public static string Resolve(CredentialKind kind, string validToken) => kind switch
    {
        CredentialKind.Tampered => Tamper(validToken),
        CredentialKind.Truncated => validToken[..^6],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static readonly string[] Malformed =
    [
        "", " ", "a.b.c", "..", "eyJhbGciOiJIUzI1NiJ9", "eyJhbGciOiJIUzI1NiJ9.e30", "eyJhbGciOiJIUzI1NiJ9.e30.", "null",
        "undefined", "Bearer", "x.y.z.w.v", new string('A', 4000),
    ];

    private static readonly string[] OtherSchemes =
    [
        "Basic dXNlcjpwYXNzd29yZA==", "Token abcdef", "Bearer", "Bearer   ", "Negotiate YIIB", "Digest username=\"x\"",
        "Bearer\tabc.def.ghi", "Bearer,Bearer",
    ];

    /// <summary>A token that says it needs no signature ("alg": "none").</summary>
    private static string Unsigned(Random random)
    {
        var algorithm = random.Pick(new[] { "none", "None", "NONE", "nOnE" });
        return Segment(Json(new JsonObject { ["alg"] = algorithm, ["typ"] = "JWT" })) + "." + Segment(Claims()) + ".";
    }

    private static string SignedWithAnotherKey(Random random) => GatewayClient.ForgedToken(Bytes(random, 64));

    /// <summary>The same token with one more claim: its signature no longer fits.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        claims["role"] = "programme-office";
        claims["partner_id"] = "0195a000-0000-7000-8000-000000000001";
        return $"{parts[0]}.{Segment(claims.ToJsonString())}.{parts[2]}";
    }

    private static string Claims() => Json(new JsonObject
    {
        ["iss"] = "nplv-development",
        ["aud"] = "nplv-gateway",
        ["sub"] = "unsigned",
        ["role"] = "programme-office",
        ["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
    });

    private static string Json(JsonObject value) => value.ToJsonString();

    private static string Segment(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
