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
public sealed record SourceReaderOptions(string? AreaColumn, string? PeriodColumn, Action<ImportIssue> Warn);
