using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>One change that makes a valid body invalid, named by the kind of bad input it is.</summary>
internal sealed record BodyDefect(string Kind, Action<JsonObject, Random> Apply)
{
    public const string MissingFields = "missing-fields";
    public const string WrongTypes = "wrong-types";
    public const string HugeStrings = "huge-strings";
    public const string InvalidCodes = "invalid-codes";
    public const string InvalidDates = "invalid-dates";
    public const string Injection = "injection";
    public const string OutOfRange = "out-of-range";
    public const string NullEntries = "null-entries";
    public const string InvalidUnicode = "invalid-unicode";
    public const string InvalidValues = "invalid-values";

    /// <summary>Stands in for <c>"\ud800"</c>, half a surrogate pair, which only the JSON text can carry.</summary>
    public const string LoneSurrogate = "@@lone-surrogate@@";

    /// <summary>Names the API does not know, sent beside a defect: unknown fields alone are ignored, by design.</summary>
    public static readonly string[] ExtraFieldNames =
    [
        "id", "version", "createTime", "archived", "isAdmin", "__proto__", "constructor", "$type", "$ref", "owner",
        "role_override", "Name ", "deleted", "etag",
    ];

    public static void AddExtraFields(JsonObject body, Random random)
    {
        for (var i = 1 + random.Next(4); i > 0; i--)
        {
            body[random.Pick(ExtraFieldNames) + (random.Next(3) == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")] =
                random.Next(3) switch
                {
                    0 => random.AnyInjection(),
                    1 => new JsonObject { ["nested"] = new JsonArray(1, "twee", null) },
                    _ => random.Next(),
                };
        }
    }

    public static string ToJson(JsonObject body)
        => body.ToJsonString().Replace(LoneSurrogate, "\\ud800 en verder", StringComparison.Ordinal);

    /// <summary>A list of one entry: <paramref name="entry"/>.</summary>
    public static JsonArray One(JsonNode? entry) => [entry];

    /// <summary>A list of <paramref name="count"/> copies of <paramref name="entry"/>.</summary>
    public static JsonArray Many(int count, Func<int, JsonNode?> entry) => [.. Enumerable.Range(0, count).Select(entry)];
}
