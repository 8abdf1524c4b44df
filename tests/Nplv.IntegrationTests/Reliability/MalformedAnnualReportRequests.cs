using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Requests for an annual report (<c>POST /api/v1/annual-reports</c>) wrong in one way each, and reads of reports or
/// documents that cannot exist; none may queue a report.
/// </summary>
internal sealed class MalformedAnnualReportRequests(Random random)
{
    public const string Kind = "bad-annual-report";
    public const string Path = "/api/v1/annual-reports";

    private static readonly JsonNode?[] NotAYear = [null, "twintig", 2025.5, -1, 0, 1999, 2101, int.MaxValue, true, new JsonArray()];

    public (HttpMethod Method, string Path, JsonObject? Body, int Status) Next()
    {
        var body = new JsonObject { ["year"] = 2025, ["scope"] = "wijk", ["areaCode"] = "WK001410", ["introduction"] = "Inleiding" };
        switch (random.Next(9))
        {
            case 0:
                body["year"] = random.Pick(NotAYear)?.DeepClone();
                break;
            case 1:
                body["scope"] = random.Pick<JsonNode?>(["stad", "", "WIJK ", null, 3, random.AnyInjection()])?.DeepClone();
                break;
            case 2:
                body["areaCode"] = random.Pick<JsonNode?>(["BU00141000", "GM0014", "WK99999" + random.Next(10), "", null, random.Huge(17), random.AnyInjection()])?.DeepClone();
                break;
            case 3:
                (body["scope"], body["areaCode"], body["theme"]) = ("theme", null, random.Pick<JsonNode?>(["sport", "", null, "werk ", random.AnyInjection()])?.DeepClone());
                break;
            case 4:
                (body["scope"], body["areaCode"], body["theme"]) = ("programme", random.Next(2) == 0 ? "WK001410" : null, random.Next(2) == 0 ? "werk" : null);
                if (body["areaCode"] is null && body["theme"] is null) body["theme"] = "werk";
                break;
            case 5:
                body["introduction"] = random.Next(2) == 0 ? random.Huge(20_001 + random.Next(2000)) : "tekst\u0000";
                break;
            case 7:
                body["asOf"] = random.Pick<JsonNode?>(["2999-01-01T00:00:00Z", DateTimeOffset.UtcNow.AddHours(2).ToString("O"), "gisteren", "2025-13-01", 20250101, random.AnyInjection()])?.DeepClone();
                break;
            case 6:
                return (HttpMethod.Get, $"{Path}/{Uri.EscapeDataString(random.AnyBadUuid())}", null, 400);
            default:
                return (HttpMethod.Get, $"{Path}/{Guid.CreateVersion7()}/documents/{random.Pick(new[] { "odt", "DOC", "xlsx", "pdf%00", "docx.exe" })}", null, 400);
        }

        return (HttpMethod.Post, Path, body, 400);
    }
}
