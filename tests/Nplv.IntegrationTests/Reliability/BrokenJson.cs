using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>JSON that no parser takes, made from a valid body; and values of the wrong JSON type for a field.</summary>
internal static class BrokenJson
{
    private static readonly string[] NotAnObject = ["", " ", "null", "[]", "[{}]", "123", "\"text\"", "true", "{", "}", "{}}"];

    /// <summary>The body broken one way; checked to fail to parse, so it can never pass as a valid request.</summary>
    public static byte[] From(string json, Random random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var broken = Break(json, random);
            if (attempt > 20 || !Parses(broken))
            {
                return broken;
            }
        }
    }

    /// <summary>A string where an object, a number, a list or a boolean belongs.</summary>
    public static JsonNode NotAString(Random random) => random.Next(6) switch
    {
        0 => 123,
        1 => true,
        2 => new JsonArray("tekst"),
        3 => new JsonObject { ["value"] = "tekst" },
        4 => 1.5,
        _ => -0.0,
    };

    public static JsonNode NotANumber(Random random) => random.Next(7) switch
    {
        0 => "abc",
        1 => true,
        2 => new JsonArray(1),
        3 => new JsonObject(),
        4 => "12,5",
        5 => 1.5,
        _ => JsonNode.Parse("1e400")!,
    };

    public static JsonNode NotAList(Random random) => random.Next(4) switch
    {
        0 => "WK001410",
        1 => 1,
        2 => new JsonObject { ["0"] = "WK001410" },
        _ => false,
    };

    public static JsonNode NotABool(Random random) => random.Next(4) switch
    {
        0 => "yes",
        1 => "true",
        2 => 1,
        _ => new JsonArray(),
    };

    public static JsonNode NotADate(Random random) => random.Next(4) switch
    {
        0 => 20250101,
        1 => true,
        2 => new JsonObject { ["year"] = 2025 },
        _ => random.Pick(BadValues.Dates),
    };

    private static byte[] Break(string json, Random random)
    {
        var colon = json.IndexOf("\":\"", StringComparison.Ordinal) + 3;
        return random.Next(15) switch
        {
            0 => Utf8(json[..(1 + random.Next(json.Length - 1))]),
            1 => Utf8(json[..^1]),
            2 => Utf8(ReplaceFirst(json, ":", "=")),
            3 => Utf8(json[..^1] + ",}"),
            4 => Utf8(json.Replace('"', '\'')),
            5 => Utf8("// een opmerking\n" + json),
            6 => Utf8(ReplaceFirst(json, "{\"", "{").Replace("\":", ":", StringComparison.Ordinal)),
            7 => Utf8(json + " en meer"),
            8 => Utf8(json + json),
            9 => Utf8(json[..colon] + "\\q" + json[colon..]),
            10 => Utf8(json[..colon] + "\u0001" + json[colon..]),
            11 => [.. Utf8(json[..colon]), 0xFF, 0xFE, 0xC0, 0xAF, .. Utf8(json[colon..])],
            12 => Utf8("{\"name\":" + new string('[', 100 + random.Next(2000)) + "}"),
            13 => Utf8("{\"x\":NaN," + json[1..]),
            _ => Utf8(random.Pick(NotAnObject)),
        };
    }

    private static bool Parses(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + old.Length)..];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
