namespace Nplv.Indicators.Imports.Formats;

/// <summary>Reads the records of one file format from a stream, as they arrive.</summary>
public interface ISourceReader
{
    /// <summary>
    /// The file's records in order. A file that cannot be read (broken JSON, a CSV line with the wrong number of
    /// fields, a missing key column) throws <see cref="ImportFileException"/> naming the line.
    /// </summary>
    IAsyncEnumerable<SourceRecord> ReadAsync(Stream file, SourceReaderOptions options, CancellationToken cancellationToken);
}

/// <param name="AreaColumn">The key column holding the area code; null for the format's default.</param>
/// <param name="PeriodColumn">The column holding the period; null for the format's default (none when it has none).</param>
/// <param name="Warn">Receives what the file itself says about its completeness (a CBS <c>odata.nextLink</c>, say).</param>
/// <param name="DimensionColumns">
/// The table's other dimensions the mapping chooses a value of: their fields become the record's
/// <see cref="SourceRecord.Dimensions"/>, in this order, rather than cells.
/// </param>
public sealed record SourceReaderOptions(
    string? AreaColumn, string? PeriodColumn, Action<ImportIssue> Warn, IReadOnlyList<string>? DimensionColumns = null)
{
    public IReadOnlyList<string> Dimensions => DimensionColumns ?? [];

    /// <summary>The position of <paramref name="column"/> among the dimensions, or -1 when it is none of them.</summary>
    public int DimensionIndex(string column)
    {
        var dimensions = Dimensions;
        for (var i = 0; i < dimensions.Count; i++)
        {
            if (string.Equals(dimensions[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
