using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Drawing;
using Pictures = DocumentFormat.OpenXml.Drawing.Pictures;
using WordDrawing = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Nplv.Gateway.AnnualReports.Documents;

/// <summary>
/// The report as a Word document with the Open XML SDK, for the programme office to finish: real heading styles (so
/// Word's navigation and table of contents work), tables with a header row, and the charts as pictures.
/// </summary>
public static class DocxReportRenderer
{
    // A4 with 2.5 cm margins, in twentieths of a point; the text is 16 cm wide.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1418;
    private const long EmusPerPixel = 9525;
    private const long TextWidthEmus = 16L * 360_000;

    public static byte[] Render(IReadOnlyList<ReportBlock> blocks, string title)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "NPLV Groningen-Noord";
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            var pictures = 0u;
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        body.Append(Paragraph(heading.Text, heading.Level == 0 ? "Title" : $"Heading{heading.Level}"));
                        break;
                    case ParagraphBlock paragraph:
                        body.Append(TextParagraph(paragraph));
                        break;
                    case BulletsBlock bullets:
                        foreach (var item in bullets.Items)
                        {
                            body.Append(Paragraph("• " + item, "ListParagraph"));
                        }

                        break;
                    case TableBlock table:
                        body.Append(Table(table));
                        body.Append(new Paragraph());
                        break;
                    case ChartBlock chart:
                        body.Append(Picture(main, chart, ++pictures));
                        break;
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return output.ToArray();
    }

    private static Paragraph Paragraph(string text, string style)
        => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    private static Paragraph TextParagraph(ParagraphBlock block)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = block.Muted ? "Muted" : "Normal" }));
        if (block.Label is not null)
        {
            paragraph.Append(new Run(new RunProperties(new Bold()), new Text(block.Label + ": ") { Space = SpaceProcessingModeValues.Preserve }));
        }

        paragraph.Append(Run(block.Text));
        return paragraph;
    }

    /// <summary>A run of text, its line breaks kept as breaks.</summary>
    private static Run Run(string text)
    {
        var run = new Run();
        var lines = Exports.XmlText.Printable(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static Table Table(TableBlock block)
    {
        var border = new Func<OpenXmlElement>[]
        {
            () => new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
            () => new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
            () => new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
        };
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(border.Select(make => make())),
            new TableLook { Val = "04A0" }));
        var columns = Math.Max(block.Header.Count, block.Rows.Select(row => row.Count).DefaultIfEmpty(0).Max());
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = ((PageWidth - 2 * Margin) / Math.Max(1, columns)).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var hasHeader = block.Header.Any(cell => cell.Length > 0);
        if (hasHeader)
        {
            table.Append(Row(block.Header, block.NumericColumns, header: true));
        }

        foreach (var row in block.Rows)
        {
            table.Append(Row(row, block.NumericColumns, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlySet<int> numeric, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var properties = new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" });
            if (numeric.Contains(i)) properties.Append(new Justification { Val = JustificationValues.Right });
            var run = Run(cells[i]);
            if (header) run.PrependChild(new RunProperties(new Bold()));
            var cell = new TableCell(new Paragraph(properties, run));
            if (header)
            {
                cell.PrependChild(new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = "E8EEF5" }));
            }

            row.Append(cell);
        }

        return row;
    }

    private static Paragraph Picture(MainDocumentPart main, ChartBlock chart, uint id)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(chart.Png))
        {
            image.FeedData(png);
        }

        var width = Math.Min(TextWidthEmus, chart.Width * EmusPerPixel);
        var height = width * chart.Height / chart.Width;
        var name = $"Grafiek {id}";
        var inline = new WordDrawing.Inline(
            new WordDrawing.Extent { Cx = width, Cy = height },
            new WordDrawing.DocProperties { Id = id, Name = name, Description = chart.Description },
            new WordDrawing.NonVisualGraphicFrameDrawingProperties(new Drawing.GraphicFrameLocks { NoChangeAspect = true }),
            new Drawing.Graphic(new Drawing.GraphicData(
                new Pictures.Picture(
                    new Pictures.NonVisualPictureProperties(
                        new Pictures.NonVisualDrawingProperties { Id = id, Name = name, Description = chart.Description },
                        new Pictures.NonVisualPictureDrawingProperties()),
                    new Pictures.BlipFill(new Drawing.Blip { Embed = main.GetIdOfPart(image) }, new Drawing.Stretch(new Drawing.FillRectangle())),
                    new Pictures.ShapeProperties(
                        new Drawing.Transform2D(new Drawing.Offset { X = 0, Y = 0 }, new Drawing.Extents { Cx = width, Cy = height }),
                        new Drawing.PresetGeometry(new Drawing.AdjustValueList()) { Preset = Drawing.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Drawing(inline)));
    }

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "nl-NL" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(ParagraphStyle("Normal", "Normal", null, null, isDefault: true));
        styles.Append(ParagraphStyle("Title", "Title", 56, null, color: "1F4E79"));
        styles.Append(ParagraphStyle("Heading1", "heading 1", 32, 0, color: "1F4E79"));
        styles.Append(ParagraphStyle("Heading2", "heading 2", 26, 1, color: "2E75B6"));
        styles.Append(ParagraphStyle("Heading3", "heading 3", 23, 2));
        styles.Append(ParagraphStyle("Muted", "Muted", 20, null, color: "595959"));
        styles.Append(ParagraphStyle("ListParagraph", "List Paragraph", null, null, indent: 360));
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, int? halfPoints, int? outlineLevel, string? color = null, bool isDefault = false, int? indent = null)
    {
        var paragraph = new StyleParagraphProperties();
        if (outlineLevel is { } level)
        {
            paragraph.Append(new KeepNext(), new SpacingBetweenLines { Before = level == 0 ? "360" : "240", After = "120" }, new OutlineLevel { Val = level });
        }

        if (indent is { } left)
        {
            paragraph.Append(new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var run = new StyleRunProperties();
        if (outlineLevel is not null || id == "Title") run.Append(new Bold());
        if (color is not null) run.Append(new Color { Val = color });
        if (halfPoints is { } size) run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
        if (isDefault)
        {
            style.Default = true;
            style.RemoveAllChildren<BasedOn>();
        }

        return style;
    }
}
