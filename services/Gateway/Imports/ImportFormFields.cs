using Nplv.Gateway.Errors;
using Nplv.Gateway.Http;

namespace Nplv.Gateway.Imports;

/// <summary>The fields of an import's multipart form, and the contract fields each one carries.</summary>
public static class ImportFormFields
{
    public const string File = "file";
    public const string Format = "format";
    public const string Mapping = "mapping";
    public const string MappingDocument = "mappingDocument";
    public const string Metadata = "metadata";

    public static readonly IReadOnlyList<string> All = [File, Format, Mapping, MappingDocument, Metadata];

    /// <summary>So the service's field violations (<c>settings.mapping_name</c>) name what the client sent (<c>mapping</c>).</summary>
    public static QueryFieldNames ContractNames { get; } = new(
        ("settings.import_id", IdempotencyKeys.Header),
        ("settings.format", Format),
        ("settings.file_name", File),
        ("settings.mapping_name", Mapping),
        ("settings.mapping_version", Mapping),
        ("settings.mapping_document", MappingDocument),
        ("settings.metadata", Metadata));
}
