using System.Globalization;

namespace Nplv.Gateway.Exports;

/// <summary>How a table's values read as text: the API's invariant forms in English, as people in the Netherlands read them in Dutch.</summary>
public static class ExportValues
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo DutchTime = FindDutchTime();

    /// <summary>A figure with every decimal it has and no group separators, so a spreadsheet reads it back as the same number.</summary>
    public const string DecimalFormat = "0.############";

    /// <summary>An amount in euros, to the cent.</summary>
    public const string MoneyFormat = "0.##";

    public static CultureInfo Culture(ExportLanguage language) => language == ExportLanguage.Dutch ? Dutch : CultureInfo.InvariantCulture;

    public static string Text(object? value, ExportLanguage language)
    {
        var culture = Culture(language);
        return value switch
        {
            null => "",
            string text => text,
            bool flag => language == ExportLanguage.Dutch ? (flag ? "ja" : "nee") : (flag ? "true" : "false"),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset time => language == ExportLanguage.Dutch
                ? InDutchTime(time).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                : time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            DateTime time => Text(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)), language),
            double number => number.ToString(DecimalFormat, culture),
            decimal number => number.ToString(MoneyFormat, culture),
            IFormattable number => number.ToString(null, culture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>A time as the clock in the Netherlands showed it: the Dutch downloads' times.</summary>
    public static DateTime InDutchTime(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, DutchTime).DateTime;

    private static TimeZoneInfo FindDutchTime()
        => TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;
}
