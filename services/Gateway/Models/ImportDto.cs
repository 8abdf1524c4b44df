using Nplv.Indicators.V1;

namespace Nplv.Gateway.Models;

/// <summary>Something an import found: an error (the import fails) or a warning (rows or columns left out, and why).</summary>
public sealed record ImportIssueDto(string Kind, string Message, long? Line, string? Field, long Count)
{
    public static ImportIssueDto From(ImportIssue issue)
        => new(issue.Kind, issue.Message, issue.Line > 0 ? issue.Line : null, issue.Field.NullIfEmpty(), issue.Count);
}

/// <summary>
/// An import of a file or a StatLine table, while it runs (<c>running</c>) and after (<c>succeeded</c>: every accepted
/// row is written; <c>failed</c>: nothing is written, <see cref="Errors"/> say why). An import of areas counts them in
/// <see cref="AreasWritten"/> and <see cref="AreasUnchanged"/>; one from StatLine says what it read in <see cref="StatLine"/>.
/// </summary>
public sealed record ImportDto(
    string Id,
    string State,
    string Format,
    string? FileName,
    string? Mapping,
    long BytesRead,
    long RowsRead,
    long RowsRejected,
    long ObservationsRead,
    long ValuesMissing,
    long ObservationsWritten,
    long ObservationsUnchanged,
    IReadOnlyList<ImportIssueDto> Errors,
    IReadOnlyList<ImportIssueDto> Warnings,
    DateTimeOffset? StartedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? EndedAt,
    long AreasWritten,
    long AreasUnchanged,
    StatLineReadDto? StatLine)
{
    public static ImportDto From(Import import) => new(
        import.ImportId,
        import.State.ToJsonName(),
        import.Format.ToJsonName(),
        import.FileName.NullIfEmpty(),
        import.Mapping.NullIfEmpty(),
        import.BytesRead,
        import.RowsRead,
        import.RowsRejected,
        import.ObservationsRead,
        import.ValuesMissing,
        import.ObservationsWritten,
        import.ObservationsUnchanged,
        [.. import.Errors.Select(ImportIssueDto.From)],
        [.. import.Warnings.Select(ImportIssueDto.From)],
        import.StartTime?.ToDateTimeOffset(),
        import.UpdateTime?.ToDateTimeOffset(),
        import.EndTime?.ToDateTimeOffset(),
        import.AreasWritten,
        import.AreasUnchanged,
        import.Statline is { } read ? StatLineReadDto.From(read) : null);
}

/// <summary>What an import from StatLine read: the table, as StatLine describes it, the first page's query, the pages so far.</summary>
public sealed record StatLineReadDto(string Table, string Catalog, string? Title, DateTimeOffset? TableModified, string Query, int Pages)
{
    public static StatLineReadDto From(StatLineRead read) => new(
        read.Table, read.Catalog.ToJsonName(), read.Title.NullIfEmpty(), read.TableModified?.ToDateTimeOffset(), read.Query, read.Pages);
}

/// <summary>A mapping the indicators service knows: which columns of a source become which indicators.</summary>
/// <remarks><see cref="Table"/> and <see cref="Catalog"/> name the StatLine table the mapping is made for, if any.</remarks>
public sealed record ImportMappingDto(
    string Name, int Version, string Format, string Source, string? Description, string? Table, string? Catalog)
{
    public static ImportMappingDto From(ImportMapping mapping) => new(
        mapping.Name,
        mapping.Version,
        mapping.Format.ToJsonName(),
        mapping.Source,
        mapping.Description.NullIfEmpty(),
        mapping.Table.NullIfEmpty(),
        mapping.Catalog == StatLineCatalog.Unspecified ? null : mapping.Catalog.ToJsonName());
}
