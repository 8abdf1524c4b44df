using System.Buffers.Text;
using System.Text;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Page tokens no service issued. Tokens are base64url of the last key of a page: a partner's name and id as JSON, a
/// measure's id, an area's or indicator's code. These are not base64url, hold a NUL character, or carry a key of the
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

    public static string ForCodes(Random random)
        => random.Next(3) == 0 ? Encode("code\u0000" + random.Next()) : random.Pick(Unreadable);

    private static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));
}
