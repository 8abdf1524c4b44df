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
}

/// <summary>The indicators (with their units) and areas (with the years their codes are valid) an import may name.</summary>
public sealed record ImportReferences(
    IReadOnlyDictionary<string, string> IndicatorUnits,
    IReadOnlyDictionary<string, (int From, int? To)> Areas);
