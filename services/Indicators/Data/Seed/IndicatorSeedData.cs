using Nplv.Indicators.Domain;

namespace Nplv.Indicators.Data.Seed;

/// <summary>
/// Indicators the programme follows, with the public figures found for them, each with its source. Only figures a
/// public source gives for a named area and year are here; no targets, since none were found published.
/// </summary>
public static class IndicatorSeedData
{
    private const string Basismonitor = "Basismonitor Groningen (basismonitor-groningen.nl)";
    private const string Gezondheidsmonitor = "RIVM 50090NED (Gezondheid per wijk en buurt; 2012/2016/2020, indeling 2020)";

    public static readonly IReadOnlyList<IndicatorDraft> Indicators =
    [
        new("huishoudens-sociaal-minimum", "Huishoudens tot 105% van het sociaal minimum",
            "Aandeel particuliere huishoudens met een inkomen tot 105% van het sociaal minimum.", "%",
            Direction.LowerIsBetter, "armoede", Basismonitor + ", thema rondkomen", "", Aggregation.PopulationWeightedMean),
        new("kinderen-in-armoede", "Kinderen in armoede",
            "Aandeel kinderen dat opgroeit in een huishouden met een laag inkomen.", "%",
            Direction.LowerIsBetter, "armoede", Basismonitor + ", thema rondkomen", "", Aggregation.PopulationWeightedMean),
        new("geregistreerde-werkzoekenden", "Geregistreerde werkzoekenden",
            "Aandeel van de beroepsbevolking dat als werkzoekende staat ingeschreven.", "%",
            Direction.LowerIsBetter, "werk", Basismonitor + "; stadszaken.nl artikel 3092", "", Aggregation.PopulationWeightedMean),
        new("geregistreerde-misdrijven", "Geregistreerde misdrijven",
            "Door de politie geregistreerde misdrijven per 1000 inwoners.", "per 1000 inwoners",
            Direction.LowerIsBetter, "veiligheid", "Sociaal Planbureau Groningen, veiligheid (sociaalplanbureaugroningen.nl)", "",
            Aggregation.PopulationWeightedMean),
        new("ervaren-gezondheid-goed", "Ervaren gezondheid goed",
            "Aandeel volwassenen dat de eigen gezondheid als goed of zeer goed ervaart.", "%",
            Direction.HigherIsBetter, "gezondheid", Basismonitor + ", thema gezondheid", "", Aggregation.PopulationWeightedMean),
        new("woningen-leefbaarheid-zwak", "Woningen in een gebied met zwakke leefbaarheid",
            "Aandeel woningen in een gebied met Leefbaarometer-score 'zwak' of lager.", "%",
            Direction.LowerIsBetter, "wonen", "Leefbaarometer (leefbaarometer.nl)", "", Aggregation.PopulationWeightedMean),
        new("woningvoorraad", "Woningvoorraad",
            "Aantal woningen op 1 januari.", "aantal",
            Direction.HigherIsBetter, "wonen", "CBS Kerncijfers wijken en buurten (83487NED voor 2016)", "Woningvoorraad_31",
            Aggregation.Sum),
        new("leefbaarometer-score", "Leefbaarometer-score",
            "De leefbaarheid van een gebied zoals bewoners die ervaren, door de Leefbaarometer geschat uit 94 indicatoren in "
            + "vijf dimensies: fysieke leefomgeving, woningvoorraad, voorzieningen, sociale samenhang, overlast en onveiligheid.",
            "score", Direction.HigherIsBetter, "wonen", "Leefbaarometer open data (leefbaarometer.nl)", "lbm",
            Aggregation.PopulationWeightedMean),
        .. PerAgeGroup("moeite-met-rondkomen", "Moeite met rondkomen",
            "heeft moeite of grote moeite met rondkomen", Direction.LowerIsBetter, "armoede", "MoeiteMetRondkomen_38"),
        .. PerAgeGroup("eenzaam", "Eenzaam",
            "is matig tot zeer ernstig eenzaam", Direction.LowerIsBetter, "participatie", "Eenzaam_28"),
        .. PerAgeGroup("ernstig-eenzaam", "Ernstig eenzaam",
            "is ernstig tot zeer ernstig eenzaam", Direction.LowerIsBetter, "participatie", "ErnstigZeerErnstigEenzaam_29"),
        .. PerAgeGroup("ervaren-gezondheid-goed", "Ervaren gezondheid goed",
            "ervaart de eigen gezondheid als goed of zeer goed", Direction.HigherIsBetter, "gezondheid", "ErvarenGezondheidGoedZeerGoed_4"),
        .. PerAgeGroup("hoog-risico-angst-depressie", "Hoog risico op angst of depressie",
            "heeft een hoog risico op een angststoornis of depressie", Direction.LowerIsBetter, "gezondheid",
            "HoogRisicoOpAngstOfDepressie_25"),
        .. PerAgeGroup("vrijwilligerswerk", "Vrijwilligerswerk",
            "doet vrijwilligerswerk", Direction.HigherIsBetter, "participatie", "Vrijwilligerswerk_33"),
        .. PerAgeGroup("mantelzorger", "Mantelzorger",
            "geeft mantelzorg", Direction.HigherIsBetter, "participatie", "Mantelzorger_32"),
    ];

    /// <summary>
    /// A Gezondheidsmonitor figure as two indicators, for 18 years and older and for 65 years and older. The groups
    /// overlap (the 65+ are among the 18+), so they are not parts of one whole that could be summed or weighted
    /// together; each has its own series and its own targets. The model-based estimates of a wijk are RIVM's own and
    /// cannot be derived from its buurten (aggregation none).
    /// </summary>
    private static IndicatorDraft[] PerAgeGroup(
        string code, string name, string what, Direction direction, string theme, string column)
        =>
        [
            new($"{code}-18plus", $"{name} (18+)",
                $"Aandeel inwoners van 18 jaar of ouder dat {what}; kleine-domeinschatting uit de Gezondheidsmonitor Volwassenen en Ouderen.",
                "%", direction, theme, Gezondheidsmonitor + ", Leeftijd 18 jaar of ouder", column, Aggregation.None),
            new($"{code}-65plus", $"{name} (65+)",
                $"Aandeel inwoners van 65 jaar of ouder dat {what}; kleine-domeinschatting uit de Gezondheidsmonitor Volwassenen en Ouderen.",
                "%", direction, theme, Gezondheidsmonitor + ", Leeftijd 65 jaar of ouder", column, Aggregation.None),
        ];

    public static readonly IReadOnlyList<Observation> Observations =
    [
        new("huishoudens-sociaal-minimum", "GM0014", 2020, 13.8, ObservationStatus.Definitief, Basismonitor + ", rondkomen"),
        new("huishoudens-sociaal-minimum", "NL01", 2020, 8.4, ObservationStatus.Definitief, Basismonitor + ", rondkomen (Nederland)"),
        new("kinderen-in-armoede", "GM0014", 2019, 12.9, ObservationStatus.Definitief, Basismonitor + ", rondkomen"),
        new("geregistreerde-werkzoekenden", "GM0014", 2018, 9.8, ObservationStatus.Definitief, Basismonitor + "; stadszaken.nl artikel 3092"),
        new("geregistreerde-werkzoekenden", "GM0014", 2022, 8.6, ObservationStatus.Definitief, Basismonitor + "; stadszaken.nl artikel 3092"),
        new("geregistreerde-misdrijven", "GM0014", 2022, 57, ObservationStatus.Definitief, "Sociaal Planbureau Groningen, veiligheid"),
        new("woningen-leefbaarheid-zwak", "GM0014", 2020, 5, ObservationStatus.Definitief, "Leefbaarometer 2020, via oogtv.nl (mei 2024)"),
        new("woningen-leefbaarheid-zwak", "GM0014", 2022, 10, ObservationStatus.Definitief, "Leefbaarometer 2022, via oogtv.nl (mei 2024): 'ongeveer 10%'"),
    ];
}
