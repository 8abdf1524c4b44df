using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Reporting periods (<c>POST /api/v1/periods</c>), progress reports (<c>PUT /api/v1/measures/{id}/reports/{period}</c>)
/// their review (<c>POST .../transitions</c>) and attachments (<c>POST .../attachments</c>) wrong in one way each, so
/// none of them may add a period, write a report, move one or attach a file.
/// </summary>
/// <param name="period">A period that exists; the first of <paramref name="measures"/> has a report in concept for it.</param>
internal sealed class MalformedReportWrites(Random random, IReadOnlyList<KnownEntity> measures, string period)
{
    public const string Kind = "bad-report";

    private static readonly string[] PeriodFields = ["code", "opensOn", "dueOn"];
    private static readonly string[] ReportFields = ["done", "rating", "spending", "reach", "milestones"];

    private static readonly JsonNode?[] NotText = [42, -1, true, new JsonArray(), new JsonObject(), 1e308];

    /// <summary>A refused write: its method, path, body and If-Match, and the status it must be refused with.</summary>
    public (HttpMethod Method, string Path, RequestBody Body, string? IfMatch, int Status) Next()
    {
        var reportPath = $"/api/v1/measures/{random.Pick(measures).Id}/reports/{period}";
        switch (random.Next(4))
        {
            case 3:
                return BadAttachment();
            case 0:
                var newPeriod = new JsonObject { ["code"] = "2099-Q4", ["opensOn"] = "2099-10-01", ["dueOn"] = "2100-01-31" };
                var field = random.Pick(PeriodFields);
                newPeriod[field] = random.Next(3) switch
                {
                    0 => random.Pick(NotText)?.DeepClone(),
                    1 => field == "code" ? random.Pick(new[] { "2025-H3", "25", "2025-q1", "1999", "2101-H1", random.AnyInjection(), random.Huge(17) }) : random.Pick(new[] { "2025-02-30", "morgen", "2100-13-01", random.AnyInjection() }),
                    _ => null,
                };
                if (field != "code" && newPeriod[field] is JsonValue && random.Next(4) == 0)
                {
                    // Or dates the wrong way round.
                    newPeriod["opensOn"] = "2100-01-31";
                    newPeriod["dueOn"] = "2099-10-01";
                }

                return (HttpMethod.Post, "/api/v1/periods", Json(newPeriod), null, 400);
            case 1:
                var report = (JsonObject)JsonSerializer.SerializeToNode(ReportsRoutesTests.Report())!;
                BreakReport(report);
                // Without If-Match it would create the report; with a version that is not the report's, it changes nothing.
                return (HttpMethod.Put, reportPath, Json(report), null, 400);
            default:
                var move = new JsonObject { ["toState"] = random.Pick(new[] { "klaar", "", "INGEDIEND ", random.AnyInjection() }), ["reason"] = "x" };
                if (random.Next(3) == 0)
                {
                    move["reason"] = random.Huge(2_001);
                    move["toState"] = random.Pick(NotText)?.DeepClone();
                }

                return (HttpMethod.Post, $"{reportPath}/transitions", Json(move), "*", 400);
        }
    }

    private (HttpMethod, string, RequestBody, string?, int) BadAttachment()
    {
        var path = $"/api/v1/measures/{measures[0].Id}/reports/{period}/attachments";
        var pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
        var (name, content) = random.Next(2) == 0
            ? (random.Pick(new[] { "../verslag.pdf", "a/b.pdf", "c:\\x.pdf", "verslag.exe", " verslag.pdf", "\u0001.pdf", random.Huge(201) + ".pdf", random.AnyInjection() }), pdf)
            : (random.Pick(new[] { "verslag.pdf", "foto.png", "notulen.docx", "cijfers.xlsx" }),
               random.Pick(new byte[][] { "<html><script>alert(1)</script>"u8.ToArray(), "PK\u0003\u0004kapot"u8.ToArray(), [0xFF, 0xD8, 0xFF, 0xE0], [] }));
        // A JPEG's signature is accepted content: under another name than .jpg it is refused for its name.
        return (HttpMethod.Post, $"{path}?fileName={Uri.EscapeDataString(name)}", new RequestBody(content, "application/octet-stream"), null, 400);
    }

    private void BreakReport(JsonObject report)
    {
        var field = random.Pick(ReportFields);
        switch (field)
        {
            case "done":
                report["done"] = random.Next(2) == 0 ? random.Huge(10_001) : random.Pick(NotText)?.DeepClone();
                break;
            case "rating":
                report["rating"] = random.Pick(new[] { "goed", "op schema", "OK", random.AnyInjection() });
                break;
            case "spending":
                report["spending"] = new JsonArray(random.Next(3) switch
                {
                    0 => new JsonObject { ["fundingLine"] = random.Pick(new[] { -1, 999, int.MaxValue }), ["spentCents"] = 100 },
                    1 => new JsonObject { ["fundingLine"] = 0, ["spentCents"] = random.Pick(new[] { -1L, 2_000_000_000_000L }) },
                    _ => new JsonObject { ["spentCents"] = 100 },
                });
                break;
            case "reach":
                report["reach"] = new JsonArray(random.Next(2) == 0
                    ? new JsonObject { ["areaCode"] = random.Pick(new[] { "WK999999", "BU99999999", "GM0014", random.AnyInjection() }), ["people"] = 10 }
                    : new JsonObject { ["areaCode"] = null, ["people"] = random.Pick(new[] { 0, -5, 20_000_000 }) });
                break;
            default:
                report["milestones"] = new JsonArray(random.Next(3) switch
                {
                    0 => new JsonObject { ["milestone"] = random.Pick(new[] { -1, 999 }), ["done"] = true },
                    1 => new JsonObject { ["milestone"] = 0, ["movedTo"] = random.Pick(new[] { "2026-02-30", "volgend jaar", "1999-01-01" }), ["reason"] = "later" },
                    _ => new JsonObject { ["milestone"] = 0, ["movedTo"] = "2026-05-01", ["reason"] = random.Pick(new[] { "", " " }) },
                });
                break;
        }
    }

    private static RequestBody Json(JsonObject body) => RequestBody.OfJson(body.ToJsonString());
}
