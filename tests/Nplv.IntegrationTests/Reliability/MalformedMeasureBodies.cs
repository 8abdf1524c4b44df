using System.Text.Json;
using System.Text.Json.Nodes;
using static Nplv.IntegrationTests.Reliability.BodyDefect;
using static Nplv.IntegrationTests.Reliability.BrokenJson;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Measure bodies (<c>MeasureInput</c>) with one defect each that the gateway or the measures service must refuse.</summary>
internal static class MalformedMeasureBodies
{
    private static readonly string[] Blanks = ["", " ", "\t"];
    private static readonly long[] Amounts = [0, -1, -12_500_000, long.MinValue, 1_000_000_000_001, long.MaxValue];
    private static readonly int[] Years = [1999, 0, -2025, 1900, 2101, 9999, int.MaxValue, int.MinValue];

    /// <summary>The names a new measure's status may not have; an empty status on a create means the default.</summary>
    private static readonly string[] CreateStatuses = [.. BadValues.EnumNames.Where(name => name.Length > 0)];

    public static JsonObject Valid(string title)
        => JsonSerializer.SerializeToNode(MeasuresRoutesTests.Measure(title, GatewayClient.GemeenteGroningen))!.AsObject();

    public static readonly BodyDefect[] Defects =
    [
        new(MissingFields, (b, _) => b.Remove("title")),
        new(MissingFields, (b, _) => b.Remove("theme")),
        new(MissingFields, (b, _) => b.Remove("leadPartnerId")),
        new(MissingFields, (b, r) => b["title"] = r.Next(2) == 0 ? null : r.Pick(Blanks)),
        new(MissingFields, (b, r) => b["leadPartnerId"] = r.Next(2) == 0 ? null : ""),
        new(MissingFields, (b, _) => Entry(b, "participants").Remove("partnerId")),
        new(MissingFields, (b, r) => Entry(b, "funding")["source"] = r.Next(2) == 0 ? null : r.Pick(Blanks)),
        new(MissingFields, (b, r) => Entry(b, "milestones")["title"] = r.Next(2) == 0 ? null : r.Pick(Blanks)),
        new(MissingFields, (b, r) => Entry(b, "milestones")["dueDate"] = null),
        new(MissingFields, (b, _) => Entry(b, "indicators").Remove("expectedDirection")),
        new(MissingFields, (b, _) => Entry(b, "indicators").Remove("indicatorCode")),
        new(MissingFields, (b, _) => b.Clear()),
        new(WrongTypes, (b, r) => b["title"] = NotAString(r)),
        new(WrongTypes, (b, r) => b["description"] = NotAString(r)),
        new(WrongTypes, (b, r) => b["theme"] = NotAString(r)),
        new(WrongTypes, (b, r) => b["areaCodes"] = NotAList(r)),
        new(WrongTypes, (b, r) => b["areaCodes"] = One(NotAString(r))),
        new(WrongTypes, (b, r) => b["leadPartnerId"] = NotAString(r)),
        new(WrongTypes, (b, r) => b["participants"] = NotAList(r)),
        new(WrongTypes, (b, r) => Entry(b, "funding")["amountCents"] = NotANumber(r)),
        new(WrongTypes, (b, r) => Entry(b, "funding")[r.Next(2) == 0 ? "fromYear" : "toYear"] = NotANumber(r)),
        new(WrongTypes, (b, r) => Entry(b, "milestones")["done"] = NotABool(r)),
        new(WrongTypes, (b, r) => b[r.Next(2) == 0 ? "startDate" : "endDate"] = NotADate(r)),
        new(WrongTypes, (b, r) => b["indicators"] = NotAList(r)),
        new(HugeStrings, (b, r) => b["title"] = r.Longer(200)),
        new(HugeStrings, (b, r) => b["description"] = r.Longer(10_000)),
        new(HugeStrings, (b, r) => Entry(b, "participants")["role"] = r.Longer(500)),
        new(HugeStrings, (b, r) => Entry(b, "funding")["source"] = r.Longer(200)),
        new(HugeStrings, (b, r) => Entry(b, "milestones")["title"] = r.Longer(200)),
        new(HugeStrings, (b, r) => Entry(b, "indicators")["indicatorCode"] = r.Longer(64)),
        new(InvalidCodes, (b, r) => b["areaCodes"] = r.Next(2) == 0 ? One(r.Pick(BadValues.AreaCodes)) : new JsonArray("WK001410", r.Pick(BadValues.AreaCodes))),
        new(InvalidCodes, (b, r) => b["leadPartnerId"] = r.Next(2) == 0 ? r.AnyBadUuid() : r.UnknownId()),
        new(InvalidCodes, (b, r) => Entry(b, "participants")["partnerId"] = r.Next(3) switch
        {
            0 => r.AnyBadUuid(),
            1 => r.UnknownId(),
            _ => b["leadPartnerId"]?.GetValue<string>(),
        }),
        new(InvalidCodes, (b, r) => Entry(b, "indicators")["indicatorCode"] = r.Pick(BadValues.IndicatorCodes)),
        new(InvalidCodes, (b, r) => b["theme"] = r.Pick(BadValues.EnumNames)),
        new(InvalidCodes, (b, r) => b["status"] = r.Pick(CreateStatuses)),
        new(InvalidCodes, (b, r) => Entry(b, "indicators")["expectedDirection"] = r.Pick(BadValues.EnumNames)),
        new(InvalidDates, (b, r) => b[r.Next(2) == 0 ? "startDate" : "endDate"] = r.Pick(BadValues.Dates)),
        new(InvalidDates, (b, r) => Entry(b, "milestones")["dueDate"] = r.Pick(BadValues.Dates)),
        new(InvalidDates, (b, r) =>
        {
            b["startDate"] = "2027-01-01";
            b["endDate"] = $"202{r.Next(7)}-12-31";
        }),
        new(Injection, (b, r) => b[r.Pick(new[] { "theme", "status", "leadPartnerId", "startDate", "endDate" })] = r.AnyInjection()),
        new(Injection, (b, r) => b["areaCodes"] = One(r.AnyInjection())),
        new(Injection, (b, r) => Entry(b, "participants")["partnerId"] = r.AnyInjection()),
        new(Injection, (b, r) => Entry(b, "indicators")["indicatorCode"] = r.AnyInjection()),
        new(OutOfRange, (b, r) => Entry(b, "funding")["amountCents"] = r.Pick(Amounts)),
        new(OutOfRange, (b, r) => Entry(b, "funding")["fromYear"] = r.Pick(Years)),
        new(OutOfRange, (b, r) =>
        {
            Entry(b, "funding")["fromYear"] = 2026;
            Entry(b, "funding")["toYear"] = r.Next(2) == 0 ? 2025 : 2101;
        }),
        new(OutOfRange, (b, r) => b["areaCodes"] = Many(201 + r.Next(r.Next(2) == 0 ? 5 : 10_000), _ => "WK001410")),
        new(OutOfRange, (b, r) => b["participants"] = Many(201 + r.Next(50), _ => Participant(r.UnknownId()))),
        new(OutOfRange, (b, r) => b["participants"] = Many(2, _ => Participant(GatewayClient.WerkPro))),
        new(OutOfRange, (b, r) => b["indicators"] = Many(2, _ => new JsonObject { ["indicatorCode"] = "geregistreerde-werkzoekenden", ["expectedDirection"] = "down" })),
        new(OutOfRange, (b, r) =>
        {
            var list = r.Pick(new[] { "funding", "milestones", "indicators" });
            b[list] = Many(201, _ => Entry(b, list).DeepClone());
        }),
        new(NullEntries, (b, r) => b[r.Pick(new[] { "areaCodes", "participants", "funding", "milestones", "indicators" })] = One(null)),
        new(InvalidUnicode, (b, r) => b[r.Next(2) == 0 ? "title" : "description"] = "maatregel met \u0000 erin"),
        new(InvalidUnicode, (b, _) => b["title"] = LoneSurrogate),
    ];

    /// <summary>Only for a replacement: it must say its status.</summary>
    public static readonly BodyDefect[] ReplacementDefects =
    [
        new(MissingFields, (b, r) => b["status"] = r.Next(2) == 0 ? null : ""),
        new(MissingFields, (b, _) => b.Remove("status")),
    ];

    private static JsonObject Participant(string partnerId) => new() { ["partnerId"] = partnerId, ["role"] = "uitvoering" };

    /// <summary>The first entry of one of the body's lists, made (from a valid one) when the list has none.</summary>
    private static JsonObject Entry(JsonObject body, string list)
    {
        if (body[list] is JsonArray { Count: > 0 } entries && entries[0] is JsonObject first)
        {
            return first;
        }

        first = Valid("")[list]![0]!.DeepClone().AsObject();
        body[list] = new JsonArray(first);
        return first;
    }
}
