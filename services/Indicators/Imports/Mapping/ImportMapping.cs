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
/// <param name="Dimensions">
/// The value to import of each of the table's other dimensions (RIVM 50090NED: <c>Leeftijd</c> 20300 for 18 years and
/// older, <c>Marges</c> MW00000 for the point estimate); rows with another value are left out.
/// </param>
/// <param name="DivisionYear">
/// The year of the CBS division the file's area codes belong to, when it is not each figure's own year (50090NED
/// gives 2012, 2016 and 2020 all on the division of 2020); null to check each code in the figure's year.
/// </param>
/// <param name="Catalog">Where StatLine keeps the table, for imports straight from StatLine; null for CBS's own.</param>
/// <param name="Areas">For a mapping that imports the file's areas (CBS's region rows) rather than figures.</param>
/// <param name="Table">The StatLine table the mapping is made for (<c>50090NED</c>), so a client can offer it; null when not one.</param>
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
    string Document,
    IReadOnlyDictionary<string, string>? Dimensions = null,
    int? DivisionYear = null,
    StatLine.StatLineCatalog? Catalog = null,
    AreaMapping? Areas = null,
    string? Table = null)
{
    public string Label => $"{Name} v{Version}";

    public IReadOnlyDictionary<string, string> DimensionValues => Dimensions ?? new Dictionary<string, string>();
}

/// <summary>
/// How a file's region rows become areas: CBS tables carry <c>WijkenEnBuurten</c> (the key), <c>Gemeentenaam_1</c>,
/// <c>SoortRegio_2</c> (Gemeente, Wijk, Buurt) and <c>Codering_3</c> (the code) in every row.
/// </summary>
/// <param name="ValidFrom">
/// The first year of the division the file gives; null for the year of each row (a yearly Kerncijfers table).
/// </param>
/// <param name="ValidTo">The last year of that division; null, with a first year, while it is the current one.</param>
/// <param name="PopulationColumn">The column with the number of inhabitants (e.g. <c>AantalInwoners_5</c>), if any.</param>
public sealed record AreaMapping(int? ValidFrom, int? ValidTo, string? PopulationColumn);

/// <param name="Indicator">The indicator code the column's values become.</param>
/// <param name="Unit">The indicator's unit, as a check that the column means what the mapping says.</param>
/// <param name="Scale">Each value is multiplied by this (1000 for a column in thousands).</param>
/// <param name="Signed">
/// Whether the column may hold negative values. CBS marks suppressed cells with negative numbers, so in CBS files a
/// negative value of an unsigned column is a missing value.
/// </param>
public sealed record ColumnMapping(string Indicator, string Unit, double Scale = 1, bool Signed = false);
