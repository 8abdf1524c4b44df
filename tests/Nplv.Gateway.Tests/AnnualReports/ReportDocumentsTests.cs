using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Nplv.Gateway.AnnualReports;
using Nplv.Gateway.AnnualReports.Documents;
using UglyToad.PdfPig;

namespace Nplv.Gateway.Tests.AnnualReports;

public sealed class ReportDocumentsTests
{
    /// <summary>A year with two themes, a long text, many measures (so the PDF runs over pages) and an indicator with a target.</summary>
    public static AnnualReportContent Sample(int measures = 12) => new(
        "Voortgangsrapportage 2025",
        2025,
        "programme",
        null,
        null,
        "Groningen-Noord",
        new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero),
        "Het programma liep dit jaar door in vijf wijken.\n\nDe tweede alinea van de inleiding.",
        new ReportTotals(measures, 1_250_000m, 480_000m, 1_234, 3),
        [
            new ThemeSection("werk", "Werk", [.. Enumerable.Range(1, measures).Select(i => new MeasureSection(
                $"id-{i}",
                $"Leerwerkplekken {i}",
                "lopend",
                "Gemeente Groningen",
                ["Selwerd", "Paddepoel-Zuid"],
                125_000m,
                40_000m,
                120,
                [new ProgressText("2025-H1", "2025, eerste helft", "risico", string.Join(" ", Enumerable.Repeat("Twaalf taalgroepen in Selwerd met vrijwilligers uit de wijk.", 8)), "Te weinig vrijwilligers.", "Werving bij de buurtkamer.")],
                [new MilestoneLine("Eerste tien plekken", new DateOnly(2025, 6, 30), true)]))]),
        ],
        [
            new IndicatorSection("werkzoekenden", "Geregistreerde werkzoekenden", "%", "lower_is_better", "werk",
                [
                    new SeriesLine("WK001410", "Noordwest", false, [new FigurePoint(2023, 9.5, "definitief", "CBS"), new FigurePoint(2024, 9.1, "definitief", "CBS"), new FigurePoint(2025, 8.7, "voorlopig", "CBS")]),
                    new SeriesLine("GM0014", "Groningen", true, [new FigurePoint(2023, 6.5, "definitief", "CBS"), new FigurePoint(2025, 6.25, "voorlopig", "CBS")]),
                ],
                [new TargetLine("WK001410", "Noordwest", 2022, 10.0, 2027, 7.5, 2025, 8.7, "on_track")]),
        ],
        [new PartnerSection("p1", "Gemeente Groningen", "gemeente", ["Leerwerkplekken 1"], [])]);

    [Fact]
    public void TheWordDocumentIsValidOpenXmlWithHeadingStylesATableAndTheChart()
    {
        var blocks = ReportLayout.Blocks(Sample());
        var bytes = DocxReportRenderer.Render(blocks, "Voortgangsrapportage 2025 · Groningen-Noord");
        Save("sample.docx", bytes);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}").Distinct().ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        var body = document.MainDocumentPart!.Document.Body!;
        var styles = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>().Select(s => s.Val!.Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Title", "Heading1", "Heading2", "Heading3" }, styles);
        Assert.Single(document.MainDocumentPart.ImageParts);
        Assert.Contains("€ 1.250.000", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("8,7%", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("Op koers", body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePdfFlowsOverPagesWithRealTextAndNumberedPages()
    {
        var blocks = ReportLayout.Blocks(Sample());
        var bytes = PdfReportRenderer.Render(blocks, "Voortgangsrapportage 2025 · Groningen-Noord", DateTimeOffset.UtcNow);
        Save("sample.pdf", bytes);

        using var document = PdfDocument.Open(bytes);
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        var words = string.Join(" ", document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
        Assert.Contains("Leerwerkplekken 12", words, StringComparison.Ordinal);
        Assert.Contains($"Pagina {document.NumberOfPages}", words, StringComparison.Ordinal);
        Assert.Contains("Geregistreerde werkzoekenden", words, StringComparison.Ordinal);
        Assert.Equal("Voortgangsrapportage 2025 · Groningen-Noord", document.Information.Title);
        Assert.True(document.GetPages().Sum(page => page.GetImages().Count()) >= 1);
    }

    /// <summary>Beside the tests, for a person to open.</summary>
    private static void Save(string name, byte[] bytes)
        => File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "documents")).FullName, name), bytes);
}
