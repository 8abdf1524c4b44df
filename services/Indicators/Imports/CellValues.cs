using System.Globalization;

namespace Nplv.Indicators.Imports;

/// <summary>How the text of a source cell becomes a value, a missing value, or an error.</summary>
public static class CellValues
{
    // The wijk- en buurtkaart writes -99999999 (and -99999997, -99999998) for figures it does not give.
    private const double SentinelLimit = -99_999_990;

    /// <summary>
    /// Reads a cell: true with a value, true with null for a missing or suppressed one, false when the text is not
    /// a number. A negative number where the column cannot be negative is a suppressed cell, said in
    /// <paramref name="negativeSuppressed"/>.
    /// </summary>
    public static bool TryRead(string? text, bool negativeIsSuppressed, out double? value, out bool negativeSuppressed)
    {
        value = null;
        negativeSuppressed = false;
        if (text is null)
        {
            return true;
        }

        var trimmed = text.AsSpan().Trim();
        // StatLine's marks for a figure that is unknown, too unreliable or secret.
        if (trimmed.IsEmpty || trimmed is "." or "x" or "?")
        {
            return true;
        }

        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return false;
        }

        if (number <= SentinelLimit)
        {
            return true;
        }

        if (number < 0 && negativeIsSuppressed)
        {
            negativeSuppressed = true;
            return true;
        }

        value = number;
        return true;
    }

    /// <summary>The year of a period written as <c>2024</c> or as CBS writes a year, <c>2024JJ00</c>.</summary>
    public static bool TryReadYear(string period, out int year)
    {
        var trimmed = period.AsSpan().Trim();
        if (trimmed.Length == 8 && trimmed.EndsWith("JJ00", StringComparison.Ordinal))
        {
            trimmed = trimmed[..4];
        }

        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2100
               && trimmed.Length == 4;
    }
}
