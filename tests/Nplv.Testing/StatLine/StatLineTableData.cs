using System.Globalization;

namespace Nplv.Testing.StatLine;

/// <summary>
/// A StatLine table as the stand-in serves it: wide rows as its TypedDataSet has them (dimension keys and text
/// padded as CBS pads them, numbers as numbers, null where StatLine gives no figure), the DataProperties, the titles
/// of its areas and its description.
/// </summary>
public sealed record StatLineTableData(
    string Id,
    string Title,
    DateTimeOffset Modified,
    IReadOnlyList<StatLineColumn> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows,
    IReadOnlyDictionary<string, string> AreaTitles)
{
    public IEnumerable<StatLineColumn> Measures => Columns.Where(c => c.Type == "Topic" && c.Datatype != "String");

    /// <summary>RIVM's 50090NED for GM0014, from the two real files (18+ as Leeftijd 20300, 65+ as 80200; Marges MW00000).</summary>
    public static StatLineTableData Rivm50090()
    {
        var groups = new[] { ("20300", RealData.Read(RealData.Rivm18Plus)), ("80200", RealData.Read(RealData.Rivm65Plus)) };
        var measures = groups.SelectMany(g => g.Item2).Select(r => r.Column).Distinct().OrderBy(ColumnNumber).ToList();
        var columns = new List<StatLineColumn>
        {
            new("Leeftijd", "Leeftijd", "", "Dimension", "String"),
            new("Marges", "Marges", "", "Dimension", "String"),
            new("WijkenEnBuurten", "Wijken en buurten", "", "GeoDimension", "String"),
            new("Perioden", "Perioden", "", "TimeDimension", "String"),
            new("Gemeentenaam_1", "Gemeentenaam", "", "Topic", "String"),
            new("SoortRegio_2", "Soort regio", "", "Topic", "String"),
            new("Codering_3", "Codering", "", "Topic", "String"),
        };
        columns.AddRange(measures.Select(m => new StatLineColumn(m, m[..m.LastIndexOf('_')], "%", "Topic", "Double")));

        var rows = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var (age, tidy) in groups)
        {
            foreach (var areaYear in tidy.GroupBy(r => (r.AreaCode, r.Year)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal))
            {
                var (code, year) = areaYear.Key;
                var row = new Dictionary<string, object?>
                {
                    ["ID"] = rows.Count,
                    ["Leeftijd"] = age,
                    ["Marges"] = "MW00000",
                    ["WijkenEnBuurten"] = code.PadRight(10),
                    ["Perioden"] = $"{year}JJ00",
                    ["Gemeentenaam_1"] = "Groningen".PadRight(40),
                    ["SoortRegio_2"] = KindOf(code).PadRight(10),
                    ["Codering_3"] = code.PadRight(10),
                };
                var values = areaYear.ToDictionary(r => r.Column, r => r.Value);
                foreach (var measure in measures)
                {
                    row[measure] = values.TryGetValue(measure, out var value) && value != "."
                        ? double.Parse(value, CultureInfo.InvariantCulture)
                        : null;
                }

                rows.Add(row);
            }
        }

        var titles = groups[0].Item2.Where(r => r.AreaName.Length > 0)
            .GroupBy(r => r.AreaCode).ToDictionary(g => g.Key, g => g.First().AreaName);
        return new StatLineTableData(
            "50090NED", "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)",
            new DateTimeOffset(2022, 11, 30, 2, 0, 0, TimeSpan.Zero), columns, rows, titles);
    }

    /// <summary>CBS's 85984NED (Kerncijfers wijken en buurten 2024) for GM0014 and its wijken, from the real file.</summary>
    public static StatLineTableData Kwb2024()
    {
        var tidy = RealData.Read(RealData.Kwb2024);
        var measures = tidy.Select(r => r.Column).Distinct().OrderBy(ColumnNumber).ToList();
        var columns = new List<StatLineColumn>
        {
            new("WijkenEnBuurten", "Wijken en buurten", "", "GeoDimension", "String"),
            new("Gemeentenaam_1", "Gemeentenaam", "", "Topic", "String"),
            new("SoortRegio_2", "Soort regio", "", "Topic", "String"),
            new("Codering_3", "Codering", "", "Topic", "String"),
        };
        columns.AddRange(measures.Select(m => new StatLineColumn(m, m[..m.LastIndexOf('_')], "aantal", "Topic", "Long")));
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var area in tidy.GroupBy(r => r.AreaCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var row = new Dictionary<string, object?>
            {
                ["ID"] = rows.Count,
                ["WijkenEnBuurten"] = area.Key.PadRight(10),
                ["Gemeentenaam_1"] = "Groningen".PadRight(40),
                ["SoortRegio_2"] = KindOf(area.Key).PadRight(10),
                ["Codering_3"] = area.Key.PadRight(10),
            };
            var values = area.ToDictionary(r => r.Column, r => r.Value);
            foreach (var measure in measures)
            {
                row[measure] = values.TryGetValue(measure, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : null;
            }

            rows.Add(row);
        }

        return new StatLineTableData(
            "85984NED", "Kerncijfers wijken en buurten 2024", new DateTimeOffset(2025, 3, 27, 2, 0, 0, TimeSpan.Zero), columns, rows,
            tidy.GroupBy(r => r.AreaCode).ToDictionary(g => g.Key, g => g.First().AreaName));
    }

    /// <summary>
    /// The table as StatLine's CSV download writes it: ';', every field quoted, codes and numbers padded, '.' where a
    /// figure is suppressed and nothing where it was not measured.
    /// </summary>
    public string ToStatLineCsv()
    {
        var measured = Rows.SelectMany(row => Measures.Where(m => row[m.Key] is double).Select(m => (m.Key, row.GetValueOrDefault("Perioden"))))
            .ToHashSet();
        var keys = new[] { "ID" }.Concat(Columns.Select(c => c.Key)).ToList();
        var lines = new List<string> { string.Join(";", keys.Select(k => $"\"{k}\"")) };
        var counts = Columns.Where(c => c.Datatype == "Long").Select(c => c.Key).ToHashSet();
        lines.AddRange(Rows.Select(row => string.Join(";", keys.Select(key => $"\"{CsvText(row, key, measured, counts.Contains(key))}\""))));
        return string.Join("\r\n", lines) + "\r\n";
    }

    private static string CsvText(
        IReadOnlyDictionary<string, object?> row, string key, HashSet<(string, object?)> measured, bool count) => row[key] switch
    {
        double number => number.ToString(count ? "0" : "0.0", CultureInfo.InvariantCulture).PadLeft(8),
        int id => id.ToString(CultureInfo.InvariantCulture),
        string text => text,
        // StatLine writes '.' for a figure it suppresses; where a figure was not measured the cell stays empty.
        null => measured.Contains((key, row.GetValueOrDefault("Perioden"))) ? ".".PadLeft(8) : "",
        var other => other.ToString() ?? "",
    };

    private static string KindOf(string code) => code[..2] switch
    {
        "GM" => "Gemeente",
        "WK" => "Wijk",
        _ => "Buurt",
    };

    private static int ColumnNumber(string column) => int.Parse(column[(column.LastIndexOf('_') + 1)..], CultureInfo.InvariantCulture);
}

public sealed record StatLineColumn(string Key, string Title, string Unit, string Type, string Datatype);
