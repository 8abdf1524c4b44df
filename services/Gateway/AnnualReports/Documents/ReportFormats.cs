using System.Globalization;

namespace Nplv.Gateway.AnnualReports.Documents;

/// <summary>Figures as people in the Netherlands read them: € 1.234.567, 12,5%, 1 januari 2026.</summary>
public static class ReportFormats
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Euros(decimal amount) => "€ " + amount.ToString("#,##0", Dutch);

    public static string Count(long count) => count.ToString("#,##0", Dutch);

    public static string Figure(double? value, string unit)
    {
        if (value is not { } number)
        {
            return "geen waarde";
        }

        // As the dashboard writes it: a plain count without the word "aantal" after it.
        var text = number.ToString("#,##0.##", Dutch);
        return unit switch
        {
            "%" => text + "%",
            "" or "aantal" => text,
            _ => $"{text} {unit}",
        };
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    public static string Date(DateTimeOffset time) => Exports.ExportValues.InDutchTime(time).ToString("d MMMM yyyy 'om' HH:mm", Dutch);
}
