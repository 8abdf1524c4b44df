using SkiaSharp;

namespace Nplv.Gateway.AnnualReports.Documents;

/// <summary>Where the next block goes: the page, and how far down it is.</summary>
internal sealed class PdfFlow : IDisposable
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 56.7f;
    private const float FooterHeight = 24f;
    private const float TextWidth = PageWidth - 2 * Margin;
    private const float CellPadding = 4f;

    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor MutedInk = new(0x59, 0x59, 0x59);
    private static readonly SKColor Accent = new(0x1F, 0x4E, 0x79);
    private static readonly SKColor Rule = new(0xBF, 0xBF, 0xBF);
    private static readonly SKColor HeaderFill = new(0xE8, 0xEE, 0xF5);

    private readonly SKDocument _document;
    private readonly string _title;
    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;
    private SKCanvas? _canvas;
    private float _y;
    private int _page;

    public PdfFlow(SKDocument document, string title)
    {
        _document = document;
        _title = title;
        _regular = Typeface(SKFontStyle.Normal);
        _bold = Typeface(SKFontStyle.Bold);
    }

    public void Draw(ReportBlock block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var size = heading.Level switch { 0 => 22f, 1 => 16f, 2 => 13f, _ => 11.5f };
                // A heading is not left alone at the foot of a page.
                Space(heading.Level <= 1 ? 14f : 8f);
                EnsureRoom(size * 1.3f * 3);
                Text(heading.Text, _bold, size, heading.Level <= 2 ? Accent : Ink, Margin, TextWidth);
                Space(4f);
                break;
            case ParagraphBlock paragraph:
                var text = paragraph.Label is null ? paragraph.Text : $"{paragraph.Label}: {paragraph.Text}";
                Text(text, _regular, paragraph.Muted ? 9.5f : 10.5f, paragraph.Muted ? MutedInk : Ink, Margin, TextWidth);
                Space(6f);
                break;
            case BulletsBlock bullets:
                foreach (var item in bullets.Items)
                {
                    Text("•  " + item, _regular, 10.5f, Ink, Margin + 12f, TextWidth - 12f);
                }

                Space(6f);
                break;
            case TableBlock table:
                Table(table);
                Space(10f);
                break;
            case ChartBlock chart:
                Chart(chart);
                break;
        }
    }

    private void Text(string text, SKTypeface typeface, float size, SKColor color, float x, float width)
    {
        using var font = new SKFont(typeface, size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var lineHeight = size * 1.35f;
        foreach (var line in Wrap(text, font, width))
        {
            EnsureRoom(lineHeight);
            _y += lineHeight;
            _canvas!.DrawText(line, x, _y - size * 0.3f, font, paint);
        }
    }

    private void Table(TableBlock table)
    {
        const float size = 9.5f;
        using var font = new SKFont(_regular, size);
        using var boldFont = new SKFont(_bold, size);
        var columns = Math.Max(table.Header.Count, table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        var widths = ColumnWidths(table, columns, font, boldFont);
        var hasHeader = table.Header.Any(cell => cell.Length > 0);
        if (hasHeader)
        {
            Row(table.Header, widths, boldFont, header: true, table.NumericColumns);
        }

        foreach (var row in table.Rows)
        {
            if (Row(row, widths, font, header: false, table.NumericColumns) && hasHeader)
            {
                // The row went to a new page: the header comes with it.
                _y -= RowHeight(row, widths, font);
                Row(table.Header, widths, boldFont, header: true, table.NumericColumns);
                Row(row, widths, font, header: false, table.NumericColumns);
            }
        }
    }

    /// <returns>Whether the row began a new page.</returns>
    private bool Row(IReadOnlyList<string> cells, float[] widths, SKFont font, bool header, IReadOnlySet<int> numeric)
    {
        var height = RowHeight(cells, widths, font);
        var newPage = EnsureRoom(height);
        var top = _y;
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var rule = new SKPaint { Color = Rule, StrokeWidth = 0.5f, IsStroke = true };
        if (header)
        {
            using var fill = new SKPaint { Color = HeaderFill };
            _canvas!.DrawRect(Margin, top, widths.Sum(), height, fill);
        }

        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var lines = Wrap(i < cells.Count ? cells[i] : "", font, widths[i] - 2 * CellPadding);
            var lineY = top + CellPadding;
            foreach (var line in lines)
            {
                lineY += font.Size * 1.3f;
                var lineX = numeric.Contains(i) && !header ? x + widths[i] - CellPadding - font.MeasureText(line) : x + CellPadding;
                _canvas!.DrawText(line, lineX, lineY - font.Size * 0.3f, font, ink);
            }

            x += widths[i];
        }

        _canvas!.DrawLine(Margin, top + height, Margin + widths.Sum(), top + height, rule);
        _y = top + height;
        return newPage;
    }

    private float RowHeight(IReadOnlyList<string> cells, float[] widths, SKFont font)
        => 2 * CellPadding + font.Size * 1.3f * Enumerable.Range(0, widths.Length)
            .Select(i => Wrap(i < cells.Count ? cells[i] : "", font, widths[i] - 2 * CellPadding).Count)
            .DefaultIfEmpty(1)
            .Max();

    /// <summary>Columns as wide as their longest text asks, shrunk together to fit the page, none narrower than 50 points.</summary>
    private static float[] ColumnWidths(TableBlock table, int columns, SKFont font, SKFont boldFont)
    {
        var wanted = Enumerable.Range(0, columns).Select(i => Math.Max(
            50f,
            table.Rows.Select(r => i < r.Count ? font.MeasureText(r[i]) : 0f)
                .Append(i < table.Header.Count ? boldFont.MeasureText(table.Header[i]) : 0f)
                .Max() + 2 * CellPadding)).ToArray();
        var total = wanted.Sum();
        return total <= TextWidth ? wanted.Select(w => w * TextWidth / total).ToArray() : wanted.Select(w => Math.Max(50f, w * TextWidth / total)).ToArray();
    }

    private void Chart(ChartBlock chart)
    {
        using var image = SKImage.FromEncodedData(chart.Png);
        var height = TextWidth * chart.Height / chart.Width;
        EnsureRoom(height + 8f);
        var rectangle = new SKRect(Margin, _y + 4f, Margin + TextWidth, _y + 4f + height);
        _canvas!.DrawImage(image, rectangle, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        _y += height + 10f;
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                // A word longer than the line is cut where it no longer fits.
                line = word;
                while (line.Length > 1 && font.MeasureText(line) > width)
                {
                    var fits = Math.Max(1, (int)font.BreakText(line, width));
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private void Space(float points)
    {
        if (_canvas is not null)
        {
            _y += points;
        }
    }

    /// <returns>Whether a new page was begun.</returns>
    private bool EnsureRoom(float height)
    {
        if (_canvas is not null && _y + height <= PageHeight - Margin - FooterHeight)
        {
            return false;
        }

        EndPage();
        _canvas = _document.BeginPage(PageWidth, PageHeight);
        _page++;
        _y = Margin;
        return true;
    }

    private void EndPage()
    {
        if (_canvas is null)
        {
            return;
        }

        using var font = new SKFont(_regular, 8.5f);
        using var paint = new SKPaint { Color = MutedInk, IsAntialias = true };
        var baseline = PageHeight - Margin + 8f;
        _canvas.DrawText(_title, Margin, baseline, font, paint);
        var number = $"Pagina {_page}";
        _canvas.DrawText(number, PageWidth - Margin - font.MeasureText(number), baseline, font, paint);
        _document.EndPage();
        _canvas = null;
    }

    private static SKTypeface Typeface(SKFontStyle style)
        => new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial" }
               .Select(family => SKFontManager.Default.MatchFamily(family, style))
               .FirstOrDefault(typeface => typeface is not null)
           ?? SKTypeface.Default;

    public void Dispose()
    {
        EndPage();
        _document.Close();
        _regular.Dispose();
        _bold.Dispose();
    }
}
