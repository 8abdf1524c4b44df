namespace Nplv.Indicators.Imports;

/// <summary>
/// Something an import found: an error (the import fails) or a warning (rows or columns left out, and why).
/// </summary>
/// <param name="Kind">A stable word for programs: bad_value, bad_period, unknown_area, unmapped_column...</param>
/// <param name="Line">The CSV line or JSON record position (1-based); 0 when not tied to one.</param>
/// <param name="Field">The column, key or measure concerned.</param>
/// <param name="Count">How often it occurred; warnings are grouped.</param>
public sealed record ImportIssue(string Kind, string Message, long Line = 0, string Field = "", long Count = 1);
