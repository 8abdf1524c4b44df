using System.ComponentModel;

namespace Nplv.Gateway.Imports;

/// <summary>The multipart form of <c>POST /api/v1/imports</c>, for the OpenAPI document; the route reads it as a stream.</summary>
public sealed record ImportForm(
    [property: Description("The file to import")] IFormFile File,
    [property: Description("cbs-odata-v3, cbs-odata-v4, leefbaarometer-csv or long-csv")] string Format,
    [property: Description("A mapping the service knows (GET /api/v1/imports/mappings): name, or name@version")] string? Mapping = null,
    [property: Description("A mapping document (JSON) of your own, as text or as a file, instead of a known mapping")] string? MappingDocument = null,
    [property: Description("The table's CBS metadata: DataProperties (v3) or MeasureCodes (v4) JSON")] IFormFile? Metadata = null);
