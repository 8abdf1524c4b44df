using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Indicator definitions (<c>POST /api/v1/indicators</c>, <c>PUT /api/v1/indicators/{code}</c>) and targets
/// (<c>PUT /api/v1/indicators/{code}/targets/{areaCode}</c>) whose bodies are wrong, each in one way, so none of
/// them may define, change or set anything.
/// </summary>
internal sealed class MalformedIndicatorWrites(Random random)
{
    public const string Kind = "bad-indicator";
    private const string Seeded = "/api/v1/indicators/geregistreerde-werkzoekenden";

    private static readonly string[] IndicatorFields = ["code", "name", "unit", "direction", "theme", "source", "aggregation"];
    private static readonly string[] TargetFields = ["baselineYear", "baselineValue", "targetYear", "absoluteGoal"];

    private static readonly string[] UnknownAreas = ["WK009999", "BU99999999", "GM0014' OR '1'='1", "<script>alert(1)</script>", "{{7*7}}", "%00", "NL"];

    // Never a value the field could take: a broken write must not define or change anything by chance.
    private static readonly JsonNode?[] NotText = [null, 42, -1, true, "", " ", new JsonArray(), new JsonObject(), 1e308];
    private static readonly JsonNode?[] NotNumbers = [null, true, "", " ", "onbekend", new JsonArray(), new JsonObject(), "2024-13-45", "NaN"];

    /// <summary>A refused write: its method, path, body and If-Match, and the status it must be refused with.</summary>
    public (HttpMethod Method, string Path, RequestBody Body, string? IfMatch, int Status) Next()
    {
        if (random.Next(2) == 0)
        {
            var create = random.Next(2) == 0;
            var body = Indicator(create ? $"slecht-{random.Next(100_000)}" : "geregistreerde-werkzoekenden");
            // A replacement may leave its code out (the address names it), so its code is never what is broken.
            Break(body, create ? IndicatorFields : IndicatorFields[1..], NotText, IndicatorValue);
            return create
                ? (HttpMethod.Post, "/api/v1/indicators", Json(body), null, 400)
                : (HttpMethod.Put, Seeded, Json(body), "*", 400);
        }

        var target = Target();
        Break(target, TargetFields, NotNumbers, TargetValue);
        var area = random.Next(5) == 0 ? random.Pick(UnknownAreas) : "WK001409";
        return (HttpMethod.Put, $"{Seeded}/targets/{Uri.EscapeDataString(area)}", Json(target), null, 400);
    }

    /// <summary>One field missing, of a wrong type or out of its range; or, for a target, a goal given twice.</summary>
    private void Break(JsonObject body, string[] fields, JsonNode?[] wrongTypes, Func<string, JsonNode?> wrongValue)
    {
        var field = random.Pick(fields);
        switch (random.Next(3))
        {
            case 0:
                body.Remove(field);
                break;
            case 1:
                body[field] = random.Pick(wrongTypes)?.DeepClone();
                break;
            default:
                body[field] = wrongValue(field);
                break;
        }

        // Both goals only beside an absolute goal left as it was: a nulled one plus a relative goal would be valid.
        if (field != "absoluteGoal" && body.ContainsKey("absoluteGoal") && random.Next(4) == 0)
        {
            body["relativeGoal"] = new JsonObject { ["referenceAreaCode"] = "GM0014", ["gapFraction"] = 0.5 };
        }
    }

    private JsonNode? IndicatorValue(string field) => field switch
    {
        "code" => random.Pick(new[] { "Hoofdletters", "met spatie", "-streep", "a--b", random.Huge(65), random.AnyInjection() }),
        "name" => random.Huge(201),
        "unit" => random.Huge(51),
        "source" => new JsonObject { ["dataset"] = "" },
        _ => random.AnyInjection(),
    };

    private JsonNode? TargetValue(string field) => field switch
    {
        "baselineYear" => random.Pick(new[] { 0, 1800, 2031, 9999 }),
        "targetYear" => random.Pick(new[] { 2022, 2000, 2201 }),
        "baselineValue" => "veel",
        _ => "hoog",
    };

    private static JsonObject Indicator(string code) => (JsonObject)JsonSerializer.SerializeToNode(IndicatorsRoutesTests.Indicator(code))!;

    private static JsonObject Target() => (JsonObject)JsonSerializer.SerializeToNode(IndicatorsRoutesTests.Target())!;

    private static RequestBody Json(JsonObject body) => RequestBody.OfJson(body.ToJsonString());
}
