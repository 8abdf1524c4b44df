namespace Nplv.Gateway.Exports;

/// <summary>The Dutch names of the API's codes, as the dashboard shows them (web/src/labels.ts), for the Dutch downloads.</summary>
public static class DutchLabels
{
    public static readonly IReadOnlyDictionary<string, string> Themes = new Dictionary<string, string>
    {
        ["onderwijs"] = "Onderwijs",
        ["armoede"] = "Armoede",
        ["werk"] = "Werk",
        ["gezondheid"] = "Gezondheid",
        ["wonen"] = "Wonen",
        ["veiligheid"] = "Veiligheid",
        ["participatie"] = "Participatie",
    };

    public static readonly IReadOnlyDictionary<string, string> MeasureStatuses = new Dictionary<string, string>
    {
        ["idee"] = "Idee",
        ["gepland"] = "Gepland",
        ["lopend"] = "Lopend",
        ["afgerond"] = "Afgerond",
        ["gestopt"] = "Gestopt",
    };

    public static readonly IReadOnlyDictionary<string, string> TargetStatuses = new Dictionary<string, string>
    {
        ["achieved"] = "Doel gehaald",
        ["on_track"] = "Op koers",
        ["off_track"] = "Niet op koers",
        ["insufficient_data"] = "Te weinig gegevens",
        ["no_target"] = "Geen doel",
    };

    public static readonly IReadOnlyDictionary<string, string> PartnerTypes = new Dictionary<string, string>
    {
        ["gemeente"] = "Gemeente",
        ["bewoners"] = "Bewoners",
        ["woningcorporatie"] = "Woningcorporatie",
        ["politie"] = "Politie",
        ["welzijn"] = "Welzijn",
        ["werkgever"] = "Werkgever",
        ["onderwijs"] = "Onderwijs",
        ["kinderopvang"] = "Kinderopvang",
        ["rijk"] = "Rijk",
        ["other"] = "Anders",
    };

    public static readonly IReadOnlyDictionary<string, string> Directions = new Dictionary<string, string>
    {
        ["higher_is_better"] = "hoger is beter",
        ["lower_is_better"] = "lager is beter",
        ["up"] = "omhoog",
        ["down"] = "omlaag",
    };

    public static readonly IReadOnlyDictionary<string, string> Aggregations = new Dictionary<string, string>
    {
        ["sum"] = "som van de buurten",
        ["population_weighted_mean"] = "gemiddelde van de buurten, gewogen naar inwoners",
        ["none"] = "niet op te tellen uit buurten",
    };

    public static readonly IReadOnlyDictionary<string, string> ReportStates = new Dictionary<string, string>
    {
        ["concept"] = "Concept",
        ["ingediend"] = "Ingediend",
        ["goedgekeurd"] = "Goedgekeurd",
        ["teruggestuurd"] = "Teruggestuurd",
    };

    public static readonly IReadOnlyDictionary<string, string> ProgressRatings = new Dictionary<string, string>
    {
        ["op_schema"] = "Op schema",
        ["risico"] = "Risico",
        ["achter"] = "Achter",
    };

    public static readonly IReadOnlyDictionary<string, string> ImportIssueKinds = new Dictionary<string, string>
    {
        ["malformed"] = "Onleesbaar bestand",
        ["bad_metadata"] = "Onleesbare metadata",
        ["bad_value"] = "Ongeldige waarde",
        ["bad_period"] = "Ongeldige periode",
        ["bad_area"] = "Ongeldige gebiedscode",
        ["bad_status"] = "Ongeldige status",
        ["bad_source"] = "Ongeldige bron",
        ["missing_source"] = "Bron ontbreekt",
        ["unknown_area"] = "Onbekend gebied",
        ["area_not_valid"] = "Gebied bestond toen niet",
        ["unknown_indicator"] = "Onbekende indicator",
        ["unit_mismatch"] = "Andere eenheid",
        ["unmapped_column"] = "Kolom niet ingelezen",
        ["negative_suppressed"] = "Afgeschermde cijfers",
        ["more_pages"] = "Meer pagina's bij de bron",
        ["more_warnings"] = "Meer waarschuwingen",
        ["upload_stalled"] = "Upload stokte",
        ["cancelled"] = "Afgebroken",
        ["abandoned"] = "Niet afgemaakt",
        ["database"] = "Databasefout",
        ["internal"] = "Fout in de dienst",
    };
}
