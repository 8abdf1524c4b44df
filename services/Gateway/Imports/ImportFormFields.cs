using Nplv.Gateway.Errors;
using Nplv.Gateway.Http;

namespace Nplv.Gateway.Imports;

/// <summary>
/// The fields of an import's multipart form, and the contract fields each one carries: a file with its format, or a
/// StatLine table with its region (and catalogue), for the service to read itself.
/// </summary>
public static class ImportFormFields
{
    public const string File = "file";
    public const string Format = "format";
    public const string Mapping = "mapping";
    public const string MappingDocument = "mappingDocument";
    public const string Metadata = "metadata";
    public const string Year = "year";
    public const string Table = "table";
    public const string Region = "region";
    public const string Catalog = "catalog";

    public static readonly IReadOnlyList<string> All = [File, Format, Mapping, MappingDocument, Metadata, Year, Table, Region, Catalog];

    /// <summary>So the service's field violations (<c>settings.mapping_name</c>) name what the client sent (<c>mapping</c>).</summary>
    public static QueryFieldNames ContractNames { get; } = new(
        ("settings.import_id", IdempotencyKeys.Header),
        ("settings.format", Format),
        ("settings.file_name", File),
        ("settings.mapping_name", Mapping),
        ("settings.mapping_version", Mapping),
        ("settings.mapping_document", MappingDocument),
        ("settings.metadata", Metadata),
        ("settings.year", Year));
}
