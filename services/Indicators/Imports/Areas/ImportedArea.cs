using Nplv.Indicators.Domain;

namespace Nplv.Indicators.Imports.Areas;

/// <summary>
/// An area as a file's region rows give it: its code and level, its parent by CBS's codes, the years of the division
/// it was read from, and its name and population where the file has them.
/// </summary>
public sealed record ImportedArea(
    string Code,
    string? Name,
    AreaLevel Level,
    string? ParentCode,
    int ValidFrom,
    int? ValidTo,
    long? Population,
    int? PopulationYear,
    string Source,
    long Line);
