using Nplv.Indicators.Imports.Formats;
using Nplv.Indicators.Imports.Mapping;

namespace Nplv.Indicators.Imports;

/// <summary>An import's settings, checked: what to read, how to map it, and the codes it may name.</summary>
/// <param name="Mapping">The mapping; null for a long CSV whose indicator column holds indicator codes.</param>
/// <param name="Metadata">What CBS says about the table's columns, when the client sent it.</param>
public sealed record ImportPlan(
    Guid Id,
    ImportFormat Format,
    string FileName,
    ImportMapping? Mapping,
    ImportReferences References,
    SourceMetadata? Metadata = null)
{
    public string MappingLabel => Mapping?.Label ?? "";

    /// <summary>Whether the import writes the file's areas (CBS region rows) rather than figures.</summary>
    public bool ImportsAreas => Mapping?.Areas is not null;

    /// <summary>The table's other dimensions the mapping chooses a value of, in a fixed order.</summary>
    public IReadOnlyList<string> DimensionColumns { get; } = [.. Mapping?.DimensionValues.Keys ?? []];

    /// <summary>Where the figures were read, beside the mapping's source (the StatLine table as modified when).</summary>
    public string? SourceDetail { get; init; }

    /// <summary>The source every figure and area of the import names unless its row gives one.</summary>
    public string Source => SourceDetail is null ? Mapping?.Source ?? "" : $"{Mapping?.Source}; {SourceDetail}";

    /// <summary>The titles of the table's areas by code, when StatLine gave them (its WijkenEnBuurten dimension).</summary>
    public IReadOnlyDictionary<string, string> AreaTitles { get; init; } = new Dictionary<string, string>();
}

/// <summary>The indicators (with their units) and areas (with the years their codes are valid) an import may name.</summary>
public sealed record ImportReferences(
    IReadOnlyDictionary<string, string> IndicatorUnits,
    IReadOnlyDictionary<string, (int From, int? To)> Areas);
