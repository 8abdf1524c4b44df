using CsvHelper;
using Nplv.Indicators.Domain;

namespace Nplv.Indicators.Data.Seed;

/// <summary>
/// The wijken of the programme's buurten (groningen-noord-buurten.csv) with all their buurten, the gemeente and the
/// country, from CBS-derived 2016 figures (buurten and inhabitants from groningen-buurten-2016.csv).
/// </summary>
public static partial class AreaSeedData
{
    public const string Source =
        "CBS-afgeleid, peiljaar 2016, via quintel/etlocal db/migrate/20181029161927_groningen_neighbourhoods/data.csv";

    private const int FirstYear = 2016;
    private const int PopulationYear = 2016;
    private const string GemeenteCode = "GM0014";
    private const string CountryCode = "NL01";

    // Redrawn by the municipality in December 2024 (into Nieuw-Noord, Oud-Oost and Nieuw-Oost).
    private static readonly HashSet<string> WijkenRedrawnIn2024 = ["WK001404", "WK001410", "WK001412"];

    public const string Programme = "nplv-groningen-noord";

    /// <summary>
    /// The programme's buurten, each in its programme wijk, from the programme's start in 2022 (horizon 2022-2042).
    /// </summary>
    public static IReadOnlyList<ProgrammeMembership> ProgrammeMemberships()
        => [.. Read<ProgrammeBuurtRow>("groningen-noord-buurten.csv").Select(b => new ProgrammeMembership(
            Programme, b.Code, b.ProgrammeWijk, 2022, null,
            "groningen-noord-buurten.csv (programmawijk); wijkvernieuwing.groningen.nl/nplv"))];

    public static IReadOnlyList<Area> Load()
    {
        var buurten = Read<ProgrammeBuurtRow>("groningen-noord-buurten.csv");
        var allBuurten = Read<GemeenteBuurtRow>("groningen-buurten-2016.csv")
            .Where(b => b.Code.StartsWith("BU0014", StringComparison.Ordinal))
            .ToList();

        var wijkPopulation = allBuurten
            .GroupBy(b => WijkOf(b.Code))
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Inhabitants));

        var areas = new List<Area>
        {
            new(CountryCode, "Nederland", AreaLevel.Land, null, FirstYear, null, null, null, "CBS"),
            new(GemeenteCode, "Groningen", AreaLevel.Gemeente, CountryCode, FirstYear, null,
                allBuurten.Sum(b => b.Inhabitants), PopulationYear, Source),
        };

        areas.AddRange(buurten
            .GroupBy(b => b.WijkCode)
            .Select(wijk => new Area(
                wijk.Key,
                wijk.First().WijkName,
                AreaLevel.Wijk,
                GemeenteCode,
                FirstYear,
                WijkenRedrawnIn2024.Contains(wijk.Key) ? 2024 : null,
                wijkPopulation.TryGetValue(wijk.Key, out var population) ? population : null,
                PopulationYear,
                Source)));

        // Every buurt of those wijken, the programme's and the others, so a wijk is the whole of its buurten.
        var wijkCodes = buurten.Select(b => b.WijkCode).ToHashSet();
        areas.AddRange(allBuurten
            .Where(b => wijkCodes.Contains(WijkOf(b.Code)))
            .OrderBy(b => b.Code, StringComparer.Ordinal)
            .Select(b => new Area(b.Code, b.Name, AreaLevel.Buurt, WijkOf(b.Code), FirstYear, null, b.Inhabitants, PopulationYear, Source)));

        return areas;
    }

    /// <summary>BU00141000 lies in WK001410: a buurt code is its wijk's code plus two digits.</summary>
    private static string WijkOf(string buurtCode) => "WK" + buurtCode[2..8];

    private static List<T> Read<T>(string fileName)
    {
        var assembly = typeof(AreaSeedData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var csv = CsvReader.Create(stream);
        return [.. csv.GetRecords<T>()];
    }

    [CsvRecord]
    internal sealed partial record ProgrammeBuurtRow(
        [CsvColumn("buurtcode")] string Code,
        [CsvColumn("wijkcode")] string WijkCode,
        [CsvColumn("wijknaam_cbs_2016_2018")] string WijkName,
        [CsvColumn("programmawijk")] string ProgrammeWijk);

    [CsvRecord]
    internal sealed partial record GemeenteBuurtRow(
        [CsvColumn("geo_id")] string Code,
        [CsvColumn("name")] string Name,
        [CsvColumn("number_of_inhabitants")] long Inhabitants);
}
