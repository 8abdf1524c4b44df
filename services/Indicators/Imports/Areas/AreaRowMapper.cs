using System.Globalization;
using System.Text.RegularExpressions;
using Nplv.Indicators.Domain;
using Nplv.Indicators.Imports.Formats;
using Nplv.Indicators.Imports.Mapping;

namespace Nplv.Indicators.Imports.Areas;

/// <summary>
/// Turns CBS's region rows into areas. Every Kerncijfers wijken en buurten table (and RIVM's 50090NED) gives in each
/// row its key <c>WijkenEnBuurten</c>, <c>Gemeentenaam_1</c>, <c>SoortRegio_2</c> (Land, Gemeente, Wijk, Buurt) and
/// <c>Codering_3</c>, the code. A buurt lies in the wijk whose code its own begins with (BU00141000 in WK001410), a
/// wijk in its gemeente, a gemeente in the country. A code given in several rows (more periods, more values of
/// another dimension) is one area.
/// </summary>
public sealed partial class AreaRowMapper(ImportPlan plan, ImportCounters counters, IssueCollector issues)
{
    public const int MaxAreas = 100_000;
    private const string Country = "NL01";

    private readonly AreaMapping _mapping = plan.Mapping!.Areas!;
    private readonly DimensionFilter _dimensions = new(plan, counters, issues);
    private readonly Dictionary<string, ImportedArea> _areas = new(StringComparer.Ordinal);

    /// <summary>The areas read, parents before their children.</summary>
    public IReadOnlyList<ImportedArea> Areas => [.. _areas.Values.OrderByDescending(a => a.Level).ThenBy(a => a.Code, StringComparer.Ordinal)];

    public void Map(SourceRecord record)
    {
        counters.AddRow();
        if (!_dimensions.Keeps(record))
        {
            return;
        }

        var key = record.AreaKey.Trim();
        var code = Field(record, "Codering")?.Trim() is { Length: > 0 } coded ? coded : key;
        var kind = Field(record, "SoortRegio")?.Trim();
        if (LevelOf(kind, code) is not { } level)
        {
            issues.Error("bad_area", kind is null
                ? $"'{Shorten(code)}' is not a CBS code of a buurt (BU), wijk (WK), gemeente (GM) or the country (NL)"
                : $"'{Shorten(kind)}' is not a kind of region: Land, Gemeente, Wijk or Buurt", record.Line, kind is null ? "Codering" : "SoortRegio");
            return;
        }

        if (!CodePattern(level).IsMatch(code))
        {
            issues.Error("bad_area", $"'{Shorten(code)}' is not the code of a {level.ToString().ToLowerInvariant()}", record.Line, "Codering");
            return;
        }

        if (!TryYear(record, out var year) || !TryPopulation(record, out var population))
        {
            return;
        }

        // cbsodata and StatLine's own exports put the region's title where the raw table has its key.
        var name = plan.AreaTitles.GetValueOrDefault(code)
                   ?? plan.AreaTitles.GetValueOrDefault(key)
                   ?? (key != code && key.Length > 0 ? key : null)
                   ?? (level == AreaLevel.Gemeente ? Field(record, "Gemeentenaam")?.Trim() : null);
        var from = _mapping.ValidFrom ?? year;
        var to = _mapping.ValidFrom is null ? year : _mapping.ValidTo;
        var area = new ImportedArea(
            code, string.IsNullOrEmpty(name) ? null : name, level, ParentOf(code, level), from, to, population,
            population is null ? null : year, plan.Source, record.Line);

        if (_areas.TryGetValue(code, out var seen))
        {
            _areas[code] = AreaMerge.Union(seen, area);
        }
        else if (_areas.Count >= MaxAreas)
        {
            issues.Error("too_many_areas", $"the file gives more than {MaxAreas} areas", record.Line, "");
        }
        else
        {
            _areas[code] = area;
        }
    }

    private bool TryYear(SourceRecord record, out int year)
    {
        year = plan.Mapping!.Year ?? plan.Mapping.DivisionYear ?? 0;
        if (record.Period is { } period && !CellValues.TryReadYear(period, out year))
        {
            issues.Error("bad_period", $"'{Shorten(period)}' is not a year (2024 or 2024JJ00)", record.Line, "Perioden");
            return false;
        }

        if (year == 0 && _mapping.ValidFrom is null)
        {
            issues.Error("bad_period", "the row has no period, and the mapping gives neither a year nor areas.validFrom", record.Line, "Perioden");
            return false;
        }

        if (year == 0)
        {
            year = _mapping.ValidFrom!.Value;
        }

        return true;
    }

    private bool TryPopulation(SourceRecord record, out long? population)
    {
        population = null;
        if (_mapping.PopulationColumn is not { } column)
        {
            return true;
        }

        var text = record.Cells.FirstOrDefault(c => c.Column == column).Text?.Trim();
        if (string.IsNullOrEmpty(text) || text is "." or "x" or "?")
        {
            return true;
        }

        // JSON writes a count as 19120 or 19120.0; either is whole.
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var count)
            && count == Math.Floor(count) && count < long.MaxValue)
        {
            population = (long)count;
            return true;
        }

        issues.Error("bad_value", $"'{Shorten(text)}' is not a number of inhabitants", record.Line, column);
        return false;
    }

    /// <summary>The cell whose column is <paramref name="stem"/> or the stem with CBS's numbering (<c>SoortRegio_2</c>).</summary>
    private static string? Field(SourceRecord record, string stem)
    {
        foreach (var cell in record.Cells)
        {
            var column = cell.Column.AsSpan();
            if (column.StartsWith(stem, StringComparison.Ordinal)
                && (column.Length == stem.Length || (column[stem.Length] == '_' && int.TryParse(column[(stem.Length + 1)..], out _))))
            {
                return cell.Text;
            }
        }

        return null;
    }

    private static AreaLevel? LevelOf(string? kind, string code) => kind?.ToLowerInvariant() switch
    {
        "buurt" => AreaLevel.Buurt,
        "wijk" => AreaLevel.Wijk,
        "gemeente" => AreaLevel.Gemeente,
        "land" => AreaLevel.Land,
        null => code.Length < 2 ? null : code[..2] switch
        {
            "BU" => AreaLevel.Buurt,
            "WK" => AreaLevel.Wijk,
            "GM" => AreaLevel.Gemeente,
            "NL" => AreaLevel.Land,
            _ => null,
        },
        _ => null,
    };

    private static Regex CodePattern(AreaLevel level) => level switch
    {
        AreaLevel.Buurt => BuurtCode(),
        AreaLevel.Wijk => WijkCode(),
        AreaLevel.Gemeente => GemeenteCode(),
        _ => CountryCode(),
    };

    private static string? ParentOf(string code, AreaLevel level) => level switch
    {
        AreaLevel.Buurt => "WK" + code[2..8],
        AreaLevel.Wijk => "GM" + code[2..6],
        AreaLevel.Gemeente => Country,
        _ => null,
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    [GeneratedRegex("^BU[0-9]{8}$")]
    private static partial Regex BuurtCode();

    [GeneratedRegex("^WK[0-9]{6}$")]
    private static partial Regex WijkCode();

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GemeenteCode();

    [GeneratedRegex("^NL[0-9]{2}$")]
    private static partial Regex CountryCode();
}
