using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Nplv.Gateway.Exports;

namespace Nplv.Gateway.Tests.Exports;

public sealed class XlsxTableWriterTests
{
    [Fact]
    public async Task TheWorkbookIsValidOpenXmlWithTypedCellsAndAFrozenFilteredHeader()
    {
        using var file = await WriteAsync(ExportLanguage.English);
        using var document = SpreadsheetDocument.Open(file, isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["title", "status", "value", "euros", "count", "done", "due", "updatedAt"], rows[0].Elements<Cell>().Select(Text));

        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("Taalhuis Noord", Text(first[0]));
        Assert.Equal(CellValues.Number, first[2].DataType!.Value);
        Assert.Equal(12.5, double.Parse(first[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1234.56, double.Parse(first[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(CellValues.Boolean, first[5].DataType!.Value);
        Assert.Equal(new DateTime(2026, 3, 1), DateTime.FromOADate(double.Parse(first[6].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(new DateTime(2026, 7, 1, 10, 30, 0), DateTime.FromOADate(double.Parse(first[7].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));

        // A formula-like text is a plain text cell, never a formula.
        Assert.Equal("=HYPERLINK(\"http://evil\")", Text(rows[3].Elements<Cell>().First()));
        Assert.Empty(sheet.Descendants<CellFormula>());
        Assert.Equal("A1:H4", sheet.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
    }

    [Fact]
    public async Task TheDutchWorkbookHasDutchHeadersLabelsAndTimes()
    {
        using var file = await WriteAsync(ExportLanguage.Dutch);
        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal("voorbeelden", document.WorkbookPart!.Workbook.Descendants<Sheet>().Single().Name!.Value);
        var rows = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("Titel", Text(rows[0].Elements<Cell>().First()));
        Assert.Equal("Lopend", Text(first[1]));
        Assert.Equal("ja", Text(first[5]));
        Assert.Equal(new DateTime(2026, 7, 1, 12, 30, 0), DateTime.FromOADate(double.Parse(first[7].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void ColumnsAreNamedAsExcelNamesThem(int number, string name) => Assert.Equal(name, XlsxTableWriter.ColumnName(number));

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";

    private static async Task<MemoryStream> WriteAsync(ExportLanguage language)
    {
        var file = new MemoryStream();
        var sheetName = SampleTable.Definition.FileNameIn(language);
        await XlsxTableWriter.WriteAsync(file, SampleTable.Definition, TableRows.Of(SampleTable.Rows), language, sheetName, CancellationToken.None);
        file.Position = 0;
        return file;
    }
}
