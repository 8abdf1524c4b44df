using Nplv.Gateway.Exports;

namespace Nplv.Gateway.Tests.Exports;

/// <summary>A table with a value of every kind a download holds.</summary>
public sealed record SampleRow(string Title, string Status, double? Value, decimal Euros, long Count, bool Done, DateOnly? Due, DateTimeOffset Updated);

public static class SampleTable
{
    public static readonly IReadOnlyDictionary<string, string> StatusLabels = new Dictionary<string, string> { ["lopend"] = "Lopend" };

    public static readonly ExportTable<SampleRow> Definition = new("samples", "voorbeelden",
    [
        new("title", "Titel", row => row.Title),
        new("status", "Status", row => row.Status, StatusLabels),
        new("value", "Waarde", row => row.Value),
        new("euros", "Bedrag (euro)", row => row.Euros),
        new("count", "Aantal", row => row.Count),
        new("done", "Klaar", row => row.Done),
        new("due", "Datum", row => row.Due),
        new("updatedAt", "Bijgewerkt", row => row.Updated),
    ]);

    public static readonly SampleRow[] Rows =
    [
        new("Taalhuis Noord", "lopend", 12.5, 1234.56m, 3, true, new DateOnly(2026, 3, 1), new DateTimeOffset(2026, 7, 1, 10, 30, 0, TimeSpan.Zero)),
        new("Quote \" and; comma, and\nnew line", "gestopt", null, 0m, 0, false, null, new DateTimeOffset(2026, 1, 15, 23, 5, 0, TimeSpan.Zero)),
        new("=HYPERLINK(\"http://evil\")", "lopend", -3.25, -1m, 1, false, null, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)),
    ];
}
