using Nplv.Indicators.Domain;

namespace Nplv.Indicators.Imports.Mapping;

/// <summary>
/// Which source columns become which indicators, for one kind of file: a versioned document, kept with the service
/// (Imports/Mappings) or sent with an import.
/// </summary>
/// <param name="Source">The source every observation names, e.g. "CBS 85984NED (Kerncijfers wijken en buurten 2024)".</param>
/// <param name="Status">The status of the figures when the file does not give one per row.</param>
/// <param name="AreaColumn">The column holding the area code; null for the format's default.</param>
/// <param name="PeriodColumn">The column holding the period; null when the file has none (then <paramref name="Year"/>).</param>
/// <param name="Year">The year of every figure, for files without a period column.</param>
/// <param name="Columns">Source column (or CBS measure code) to indicator.</param>
/// <param name="Ignore">Columns known not to be figures (names, codes), so they are not reported as unmapped.</param>
public sealed record ImportMapping(
    string Name,
    int Version,
    ImportFormat Format,
    string Source,
    string Description,
    ObservationStatus Status,
    string? AreaColumn,
    string? PeriodColumn,
    int? Year,
    IReadOnlyDictionary<string, ColumnMapping> Columns,
    IReadOnlySet<string> Ignore,
    string Document)
{
    public string Label => $"{Name} v{Version}";
}

/// <param name="Indicator">The indicator code the column's values become.</param>
/// <param name="Unit">The indicator's unit, as a check that the column means what the mapping says.</param>
/// <param name="Scale">Each value is multiplied by this (1000 for a column in thousands).</param>
/// <param name="Signed">
/// Whether the column may hold negative values. CBS marks suppressed cells with negative numbers, so in CBS files a
/// negative value of an unsigned column is a missing value.
/// </param>
public sealed record ColumnMapping(string Indicator, string Unit, double Scale = 1, bool Signed = false);
