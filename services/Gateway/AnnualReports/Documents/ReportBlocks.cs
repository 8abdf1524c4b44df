namespace Nplv.Gateway.AnnualReports.Documents;

/// <summary>
/// A report laid out once as a flow of blocks, which the DOCX and the PDF each render: both documents say the same
/// in the same order.
/// </summary>
public abstract record ReportBlock;

/// <summary>Level 0 is the document's title; 1 to 3 are its chapters, sections and subsections.</summary>
public sealed record HeadingBlock(int Level, string Text) : ReportBlock;

public sealed record ParagraphBlock(string Text, string? Label = null, bool Muted = false) : ReportBlock;

public sealed record BulletsBlock(IReadOnlyList<string> Items) : ReportBlock;

/// <param name="NumericColumns">Columns whose values are figures, aligned right.</param>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int> NumericColumns) : ReportBlock;

/// <summary>A chart drawn on the server, with the text that says what it shows.</summary>
public sealed record ChartBlock(byte[] Png, int Width, int Height, string Description) : ReportBlock;
