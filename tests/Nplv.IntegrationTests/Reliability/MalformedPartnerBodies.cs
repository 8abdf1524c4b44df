using System.Text.Json.Nodes;
using static Nplv.IntegrationTests.Reliability.BodyDefect;
using static Nplv.IntegrationTests.Reliability.BrokenJson;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Partner bodies (<c>PartnerInput</c>) with one defect each that the gateway or the partners service must refuse.</summary>
internal static class MalformedPartnerBodies
{
    private static readonly string[] Blanks = ["", " ", "   ", "\t", "\n"];

    private static readonly string[] Websites =
    [
        "ftp://example.nl", "example.nl", "www.example.nl", "https//example.nl", "mailto:anna@example.nl",
        "file:///etc/passwd", "//example.nl/pad", "ht tp://example.nl", "javascript:alert(1)", "data:text/html,<b>x</b>",
    ];

    private static readonly string[] Emails =
    [
        "anna", "anna@", "@example.nl", "Anna <anna@example.nl>", "anna@@example.nl", "anna example.nl",
        "anna@example.nl (werk)", "anna@example.nl, piet@example.nl", "<anna@example.nl>",
    ];

    public static JsonObject Valid(string name) => new()
    {
        ["name"] = name,
        ["type"] = "welzijn",
        ["role"] = "buurtwerk en jongerenwerk",
        ["website"] = "https://example.nl",
        ["contacts"] = new JsonArray(new JsonObject { ["name"] = "Anna de Vries", ["function"] = "coördinator", ["email"] = "anna@example.nl" }),
    };

    public static readonly BodyDefect[] Defects =
    [
        new(MissingFields, (b, _) => b.Remove("name")),
        new(MissingFields, (b, _) => b.Remove("type")),
        new(MissingFields, (b, _) => b["name"] = null),
        new(MissingFields, (b, _) => b["type"] = null),
        new(MissingFields, (b, r) => b["name"] = r.Pick(Blanks)),
        new(MissingFields, (b, _) => b["contacts"] = One(new JsonObject { ["function"] = "zonder naam" })),
        new(MissingFields, (b, r) => Contact(b)["name"] = r.Pick(Blanks)),
        new(MissingFields, (b, _) => b.Clear()),
        new(WrongTypes, (b, r) => b["name"] = NotAString(r)),
        new(WrongTypes, (b, r) => b["type"] = NotAString(r)),
        new(WrongTypes, (b, r) => b["role"] = NotAString(r)),
        new(WrongTypes, (b, r) => b["website"] = NotAString(r)),
        new(WrongTypes, (b, r) => b["contacts"] = NotAList(r)),
        new(WrongTypes, (b, r) => b["contacts"] = One(r.Next(2) == 0 ? (JsonNode)42 : "Anna")),
        new(WrongTypes, (b, r) => Contact(b)["email"] = NotAString(r)),
        new(WrongTypes, (b, r) => Contact(b)["name"] = NotAString(r)),
        new(HugeStrings, (b, r) => b["name"] = r.Longer(200)),
        new(HugeStrings, (b, r) => b["role"] = r.Longer(2000)),
        new(HugeStrings, (b, r) => b["website"] = "https://example.nl/" + r.Longer(500)),
        new(HugeStrings, (b, r) => Contact(b)["name"] = r.Longer(200)),
        new(HugeStrings, (b, r) => Contact(b)["function"] = r.Longer(200)),
        new(HugeStrings, (b, r) => Contact(b)["email"] = r.Longer(250) + "@example.nl"),
        new(InvalidCodes, (b, r) => b["type"] = r.Pick(BadValues.EnumNames)),
        new(InvalidValues, (b, r) => b["website"] = r.Pick(Websites)),
        new(InvalidValues, (b, r) => Contact(b)["email"] = r.Pick(Emails)),
        new(Injection, (b, r) => b["type"] = r.AnyInjection()),
        new(Injection, (b, r) => b["website"] = r.AnyInjection()),
        new(Injection, (b, r) => Contact(b)["email"] = r.AnyInjection()),
        new(OutOfRange, (b, r) => b["contacts"] = Many(51 + r.Next(r.Next(2) == 0 ? 10 : 10_000), i => new JsonObject { ["name"] = $"Contact {i}" })),
        new(NullEntries, (b, r) => b["contacts"] = Many(1 + r.Next(3), i => i == 0 ? null : new JsonObject { ["name"] = "Piet" })),
        new(InvalidUnicode, (b, r) => b["name"] = "Slecht\u0000teken"),
        new(InvalidUnicode, (b, r) => b["role"] = "rol met \u0000 erin"),
        new(InvalidUnicode, (b, r) => Contact(b)["name"] = "\u0000"),
        new(InvalidUnicode, (b, r) => b["name"] = LoneSurrogate),
    ];

    /// <summary>The first contact of the body, made when there is none.</summary>
    private static JsonObject Contact(JsonObject body)
    {
        if (body["contacts"] is not JsonArray { Count: > 0 } contacts || contacts[0] is not JsonObject first)
        {
            first = new JsonObject { ["name"] = "Anna de Vries" };
            body["contacts"] = new JsonArray(first);
        }

        return first;
    }
}
