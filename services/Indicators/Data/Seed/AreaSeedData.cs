using CsvHelper;
using Nplv.Indicators.Domain;

namespace Nplv.Indicators.Data.Seed;

/// <summary>
/// The programme's buurten and their wijken, gemeente and country, from CBS-derived 2016 figures
/// (groningen-noord-buurten.csv; wijk and gemeente inhabitants summed from groningen-buurten-2016.csv).
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

    public static IReadOnlyList<Area> Load()
    {
        var buurten = Read<ProgrammeBuurtRow>("groningen-noord-buurten.csv");
        var allBuurten = Read<GemeenteBuurtRow>("groningen-buurten-2016.csv")
            .Where(b => b.Code.StartsWith("BU0014", StringComparison.Ordinal))
            .ToList();

        var wijkPopulation = allBuurten
            .GroupBy(b => "WK" + b.Code[2..8])
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

        areas.AddRange(buurten.Select(b => new Area(
            b.Code, b.Name, AreaLevel.Buurt, b.WijkCode, FirstYear, null, b.Inhabitants, PopulationYear, Source)));

        return areas;
    }

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
        [CsvColumn("buurtnaam")] string Name,
        [CsvColumn("wijkcode")] string WijkCode,
        [CsvColumn("wijknaam_cbs_2016_2018")] string WijkName,
        [CsvColumn("inwoners_2016")] long Inhabitants);

    [CsvRecord]
    internal sealed partial record GemeenteBuurtRow(
        [CsvColumn("geo_id")] string Code,
        [CsvColumn("number_of_inhabitants")] long Inhabitants);
}
