using System.Buffers.Text;
using System.Text;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Page tokens no service issued. Tokens are base64url of the last key of a page: a partner's name and id as JSON, a
/// measure's id, an area's or indicator's code, an import's start and id. These are not base64url, hold a NUL character, or carry a key of the
/// wrong shape for the list.
/// </summary>
internal static class BadPageTokens
{
    private static readonly string[] Unreadable = ["!!!!", "%%%%", "@@", "a", "abcde", "ab=c", "AA", "AAAA"];

    public static string ForPartners(Random random)
    {
        string[] keys =
        [
            "not json", "null", "[]", "{\"Name\":123,\"Id\":\"0195a000-0000-7000-8000-000000000001\"}",
            "{\"Name\":\"a\",\"Id\":\"not-a-uuid\"}", "{\"Name\":\"Gemeente Groningen\",\"Id\":\"0195a000-0000-7000-8000-000000000001\"",
            $"{{\"Name\":\"x\\u0000y\",\"Id\":\"{random.UnknownId()}\"}}",
        ];
        return random.Next(3) == 0 ? random.Pick(Unreadable) : Encode(random.Pick(keys));
    }

    public static string ForIds(Random random) => random.Next(3) switch
    {
        0 => random.Pick(Unreadable),
        1 => Encode(random.AnyBadUuid()),
        _ => Encode(random.UnknownId() + "\u0000"),
    };

    /// <summary>An import's key is its start in ticks and its id, "638…:0195…".</summary>
    public static string ForImports(Random random)
    {
        string[] keys =
        [
            random.UnknownId(), "638000000000000000", $"abc:{random.UnknownId()}", $"-1:{random.UnknownId()}",
            $"99999999999999999999:{random.UnknownId()}", $"638000000000000000:{random.AnyBadUuid()}",
            $"638000000000000000:{random.UnknownId()}:1", $"638000000000000000:{random.UnknownId()}\u0000",
        ];
        return random.Next(3) == 0 ? random.Pick(Unreadable) : Encode(random.Pick(keys));
    }

    public static string ForCodes(Random random)
        => random.Next(3) == 0 ? Encode("code\u0000" + random.Next()) : random.Pick(Unreadable);

    private static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));
}
