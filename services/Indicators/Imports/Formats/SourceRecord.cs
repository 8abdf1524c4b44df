namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// One record of a source file as read, before mapping: the area it is about, its period when the file has one, and
/// its cells (column or measure key with the cell's text, null when the file has no value). A wide file (CBS v3,
/// Leefbaarometer) gives one cell per column; a long file (CBS v4, long CSV) one cell per record.
/// </summary>
/// <param name="Line">The record's line in a CSV file, or its position in the JSON <c>value</c> array (1-based).</param>
/// <param name="AreaKey">The area code as the file writes it (untrimmed: CBS pads codes with spaces).</param>
/// <param name="Period">The period as the file writes it (<c>2024JJ00</c>, <c>2024</c>), or null when it has none.</param>
/// <param name="Status">The record's own status text (long CSV), or null.</param>
/// <param name="Source">The record's own source text (long CSV), or null.</param>
/// <param name="Dimensions">
/// The record's values of the dimensions the reader was asked for (<see cref="SourceReaderOptions.DimensionColumns"/>),
/// in that order; null where the record has no such field.
/// </param>
public sealed record SourceRecord(
    long Line, string AreaKey, string? Period, IReadOnlyList<SourceCell> Cells, string? Status = null, string? Source = null,
    IReadOnlyList<string?>? Dimensions = null);

/// <summary>
/// A cell: its column or measure key and its text as written (numbers in invariant culture, '.' as decimal
/// separator), or null when the file holds no value (JSON null, empty CSV field).
/// </summary>
/// <param name="Suppressed">True when the file itself marks the value as missing or confidential (a CBS v4 ValueAttribute).</param>
public readonly record struct SourceCell(string Column, string? Text, bool Suppressed = false);
