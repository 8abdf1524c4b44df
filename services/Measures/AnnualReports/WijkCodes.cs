namespace Nplv.Measures.AnnualReports;

/// <summary>CBS wijk codes: WK, then the gemeente's four digits and the wijk's two.</summary>
public static class WijkCodes
{
    public static bool IsWijk(string code) => code.Length == 8 && code.StartsWith("WK", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);
}
