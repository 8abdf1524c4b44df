namespace Nplv.Indicators.Imports.StatLine;

/// <summary>
/// Names and codes that go into an OData <c>$filter</c>: only letters, digits and '_' (CBS's column names, dimension
/// codes and region codes are all of this kind), so nothing a user writes can change the query's meaning.
/// </summary>
public static class ODataFilterText
{
    public static bool IsSafe(string? text)
        => text is not null && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
