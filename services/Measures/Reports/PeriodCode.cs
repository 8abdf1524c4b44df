using System.Globalization;
using System.Text.RegularExpressions;

namespace Nplv.Measures.Reports;

/// <summary>
/// A period's code and what it covers: <c>2025</c> a year, <c>2025-H1</c>/<c>2025-H2</c> a half year,
/// <c>2025-Q1</c> to <c>2025-Q4</c> a quarter. The code is the period's key in every route and report.
/// </summary>
public static partial class PeriodCode
{
    public const string Description = "must be a year (2025), a half year (2025-H1) or a quarter (2025-Q3) from 2000 to 2100";

    public static bool TryParse(string? code, out DateOnly start, out DateOnly end, out string name)
    {
        start = end = default;
        name = "";
        var match = code is null ? Match.Empty : Pattern().Match(code);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return false;
        }

        var (firstMonth, months, label) = match.Groups["part"].Value switch
        {
            "" => (1, 12, $"{year}"),
            "H1" => (1, 6, $"{year}, eerste helft"),
            "H2" => (7, 6, $"{year}, tweede helft"),
            var quarter => ((quarter[1] - '1') * 3 + 1, 3, $"{year}, kwartaal {quarter[1]}"),
        };
        start = new DateOnly(year, firstMonth, 1);
        end = start.AddMonths(months).AddDays(-1);
        name = label;
        return true;
    }

    [GeneratedRegex(@"\A(?<year>[0-9]{4})(-(?<part>H[12]|Q[1-4]))?\z")]
    private static partial Regex Pattern();
}
