namespace Nplv.Indicators.Imports;

public enum ImportState
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>An import as recorded: what it reads, how far it got, and what it found.</summary>
public sealed record ImportRecord(
    Guid Id,
    ImportState State,
    ImportFormat Format,
    string FileName,
    string Mapping,
    ImportCounts Counts,
    IReadOnlyList<ImportIssue> Errors,
    IReadOnlyList<ImportIssue> Warnings,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? EndedAt,
    StatLine.StatLineRead? StatLine = null);

/// <param name="RowsRead">Records of the file read (CSV lines, JSON rows).</param>
/// <param name="RowsRejected">Records left out (an unknown area, say), each counted in a warning.</param>
/// <param name="ObservationsRead">Observations taken from the records; ValuesMissing of them have no value.</param>
/// <param name="ObservationsWritten">Once succeeded: observations added or changed.</param>
/// <param name="ObservationsUnchanged">Once succeeded: observations identical to what was stored.</param>
/// <param name="AreasWritten">Once an import of areas succeeded: areas added or changed.</param>
/// <param name="AreasUnchanged">Once an import of areas succeeded: areas the file gives as they were stored.</param>
public sealed record ImportCounts(
    long BytesRead,
    long RowsRead,
    long RowsRejected,
    long ObservationsRead,
    long ValuesMissing,
    long ObservationsWritten = 0,
    long ObservationsUnchanged = 0,
    long AreasWritten = 0,
    long AreasUnchanged = 0);
