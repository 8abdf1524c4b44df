using SkiaSharp;

namespace Nplv.Gateway.AnnualReports.Documents;

/// <summary>
/// The report as a PDF drawn with SkiaSharp's PDF backend: the same blocks as the DOCX, flowed over A4 pages with
/// wrapped text, tables whose header repeats on a new page, the charts as pictures and a footer with the page number.
/// The text is real text with its fonts embedded, so it can be searched and read out.
/// </summary>
public static class PdfReportRenderer
{
    public static byte[] Render(IReadOnlyList<ReportBlock> blocks, string title, DateTimeOffset created)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
        {
            Title = title,
            Author = "NPLV Groningen-Noord",
            Creator = "NPLV Groningen-Noord",
            Creation = created.UtcDateTime,
            Modified = created.UtcDateTime,
            RasterDpi = 150,
        }))
        using (var flow = new PdfFlow(document, title))
        {
            foreach (var block in blocks)
            {
                flow.Draw(block);
            }
        }

        return output.ToArray();
    }
}
