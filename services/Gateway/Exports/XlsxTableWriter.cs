using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Nplv.Gateway.Exports;

/// <summary>
/// Writes a table as an Excel workbook with the Open XML SDK: one sheet, a bold frozen header row with a filter,
/// numbers as numbers and dates as dates. The workbook's small parts are made by the SDK in memory; its sheet, which
/// may hold a million rows, is written by the SDK's forward-only writer straight into its entry of the zip, so neither
/// the rows nor the sheet are held in memory. (A package System.IO.Packaging opens for writing keeps every part it
/// writes in memory until it is closed, dotnet/runtime#1544: a sheet of a million rows took over a gigabyte.)
/// </summary>
public static class XlsxTableWriter
{
    /// <summary>The most rows an Excel sheet holds, its header row among them.</summary>
    public const int MaxSheetRows = 1_048_576;

    /// <summary>The longest text an Excel cell holds.</summary>
    private const int MaxCellText = 32_767;

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint TimeStyle = 3;

    public static async Task WriteAsync<T>(Stream output, ExportTable<T> table, IAsyncEnumerable<T> rows, ExportLanguage language, string sheetName, CancellationToken cancellationToken)
    {
        using var skeleton = new MemoryStream();
        var sheetEntry = WriteSkeleton(skeleton, sheetName);
        skeleton.Position = 0;
        using var parts = new ZipArchive(skeleton, ZipArchiveMode.Read);
        using var package = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var part in parts.Entries)
        {
            await using var target = package.CreateEntry(part.FullName, CompressionLevel.Fastest).Open();
            if (part.FullName == sheetEntry)
            {
                await WriteSheetAsync(target, table, rows, language, cancellationToken);
            }
            else
            {
                await using var source = part.Open();
                await source.CopyToAsync(target, cancellationToken);
            }
        }
    }

    /// <summary>The workbook with its styles and an empty sheet; returns the name of the sheet's zip entry.</summary>
    private static string WriteSkeleton(Stream output, string sheetName)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = "sheet1", SheetId = 1, Name = sheetName }));
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheet = workbook.AddNewPart<WorksheetPart>("sheet1");
        sheet.Worksheet = new Worksheet(new SheetData());
        return sheet.Uri.OriginalString.TrimStart('/');
    }

    private static async Task WriteSheetAsync<T>(Stream output, ExportTable<T> table, IAsyncEnumerable<T> rows, ExportLanguage language, CancellationToken cancellationToken)
    {
        var columnCount = table.Columns.Count;
        var rowCount = 1;
        using var writer = OpenXmlWriter.Create(output);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, table.Headers(language).Cast<object?>(), language, header: true);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (rowCount == MaxSheetRows)
            {
                throw new TableTooLongForSheetException();
            }

            WriteRow(writer, table.Values(row, language), language, header: false);
            rowCount++;
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columnCount)}{rowCount}" });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<object?> values, ExportLanguage language, bool header)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            writer.WriteElement(Cell(value, language, header));
        }

        writer.WriteEndElement();
    }

    private static Cell Cell(object? value, ExportLanguage language, bool header)
    {
        var cell = value switch
        {
            null => new Cell(),
            double number => Number(number.ToString("R", CultureInfo.InvariantCulture)),
            decimal number => Number(number.ToString(CultureInfo.InvariantCulture)),
            int or long => Number(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            bool flag when language == ExportLanguage.English => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
            DateOnly date => Styled(Number(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture)), DateStyle),
            DateTimeOffset time => Styled(Number(TimeOf(time, language).ToOADate().ToString("R", CultureInfo.InvariantCulture)), TimeStyle),
            DateTime time => Cell(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)), language, header),
            _ => Text(ExportValues.Text(value, language)),
        };
        if (header)
        {
            cell.StyleIndex = HeaderStyle;
        }

        return cell;
    }

    private static DateTime TimeOf(DateTimeOffset time, ExportLanguage language)
        => language == ExportLanguage.Dutch ? ExportValues.InDutchTime(time) : time.UtcDateTime;

    private static Cell Number(string value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value) };

    private static Cell Styled(Cell cell, uint style)
    {
        cell.StyleIndex = style;
        return cell;
    }

    private static Cell Text(string text)
        => new(new InlineString(new Text(XmlText.Printable(text, MaxCellText)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
        };

    /// <summary>Excel's column letters: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + (number - 1) % 26) + name;
        }

        return name;
    }

    // The fewest parts Excel accepts: two fonts (the second bold), the two fills it requires, one border, and the
    // cell formats for the header, and for dates and times written the ISO way.
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 4 });
}

/// <summary>A table with more rows than an Excel sheet holds: the workbook would not open.</summary>
public sealed class TableTooLongForSheetException()
    : Exception(string.Create(CultureInfo.InvariantCulture, $"The table has more than {XlsxTableWriter.MaxSheetRows - 1:N0} rows, more than an Excel sheet holds."));
