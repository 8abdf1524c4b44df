using Nplv.Measures.Domain;

namespace Nplv.Measures.Data.Seed;

/// <summary>
/// Measures of the programme named in public sources, with what those sources say and no more. Partner ids are those
/// of the partners service's seed (services/Partners/Data/Seed/PartnerSeedData.cs); indicator codes those of the
/// indicators service's seed. A fixed request id per measure makes seeding create each once.
/// </summary>
public static class MeasureSeedData
{
    private static readonly Guid GemeenteGroningen = new("0195a000-0000-7000-8000-000000000001");
    private static readonly Guid WerkPro = new("0195a000-0000-7000-8000-000000000002");
    private static readonly Guid AlfaCollege = new("0195a000-0000-7000-8000-000000000003");
    private static readonly Guid MinisterieBzk = new("0195a000-0000-7000-8000-000000000004");

    private static readonly string[] NorthernWijken = ["WK001403", "WK001404", "WK001409", "WK001410", "WK001411", "WK001412"];

    public static readonly IReadOnlyList<(Guid RequestId, MeasureDraft Draft)> Measures =
    [
        (new Guid("0195a000-0000-7000-8000-000000000101"), new MeasureDraft(
            "De wijk als leerwerkplek",
            "Werken en leren in de noordelijke wijken, met de AanDeBak-garantie en wijkgildes; EUR 2,9 mln uit het " +
            "Just Transition Fund, 2025 tot eind 2027. Bron: oogtv.nl, mei 2025.",
            Theme.Werk, NorthernWijken, GemeenteGroningen,
            [new Participant(WerkPro, "wijkgildes en werk in de wijk"), new Participant(AlfaCollege, "mbo-opleiding in de wijk")],
            MeasureStatus.Lopend, null, new DateOnly(2027, 12, 31),
            [new FundingLine("Just Transition Fund", 290_000_000, 2025, 2027)],
            [],
            [new IndicatorLink("geregistreerde-werkzoekenden", ExpectedDirection.Down)])),
        (new Guid("0195a000-0000-7000-8000-000000000102"), new MeasureDraft(
            "Gratis kinderopvang vanaf 6 maanden",
            "Twee dagen per week gratis kinderopvang vanaf 6 maanden voor kinderen van ouders zonder recht op " +
            "kinderopvangtoeslag, in Selwerd, Paddepoel en Tuinwijk; door BZK gefinancierde pilot vanaf 1 januari 2024, " +
            "t/m 2025. Bron: oogtv.nl, december 2023. Of de pilot is verlengd, is niet bekend.",
            Theme.Onderwijs, ["BU00141000", "BU00141001", "BU00141002", "BU00141005"], GemeenteGroningen,
            [new Participant(MinisterieBzk, "financiering van de pilot")],
            MeasureStatus.Afgerond, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31),
            [],
            [],
            [new IndicatorLink("kinderen-in-armoede", ExpectedDirection.Down)])),
        (new Guid("0195a000-0000-7000-8000-000000000103"), new MeasureDraft(
            "Mbo-baangarantie",
            "Baangarantie voor mbo-studenten uit de noordelijke wijken, vanaf 2024. Bron: oogtv.nl, december 2023.",
            Theme.Werk, NorthernWijken, GemeenteGroningen,
            [],
            MeasureStatus.Lopend, new DateOnly(2024, 1, 1), null,
            [],
            [],
            [new IndicatorLink("geregistreerde-werkzoekenden", ExpectedDirection.Down)])),
        (new Guid("0195a000-0000-7000-8000-000000000104"), new MeasureDraft(
            "Regio Deal Groningen-Noord",
            "EUR 30 mln (15 mln Rijk, 15 mln regio) voor 71 projecten in Vinkhuizen, Paddepoel, Selwerd/Tuinwijk, " +
            "Indische Buurt, De Hoogte, Professorenbuurt en Oosterparkwijk (ca. 60.000 inwoners). Bron: elkeregiotelt.nl; " +
            "oogtv.nl, november 2025. De verdeling over de jaren is niet bekend, dus hier nog geen financieringsregels.",
            Theme.Participatie,
            ["BU00140900", "BU00140901", "BU00141001", "BU00141002", "BU00141000", "BU00141005", "BU00140301", "BU00140300",
             "BU00140302", "WK001404"],
            GemeenteGroningen,
            [new Participant(MinisterieBzk, "Rijksbijdrage aan de Regio Deal")],
            MeasureStatus.Lopend, null, null,
            [],
            [],
            [])),
    ];
}
