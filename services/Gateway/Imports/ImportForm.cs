using System.ComponentModel;

namespace Nplv.Gateway.Imports;

/// <summary>
/// The multipart form of <c>POST /api/v1/imports</c>, for the OpenAPI document; the route reads it as a stream. A
/// file with its format, or a StatLine table with its region.
/// </summary>
public sealed record ImportForm(
    [property: Description("The file to import; leave it out to name a StatLine table instead")] IFormFile? File = null,
    [property: Description("For a file: cbs-odata-v3, cbs-odata-v4, statline-csv, leefbaarometer-csv or long-csv")] string? Format = null,
    [property: Description("A mapping the service knows (GET /api/v1/imports/mappings): name, or name@version")] string? Mapping = null,
    [property: Description("A mapping document (JSON) of your own, as text or as a file, instead of a known mapping")] string? MappingDocument = null,
    [property: Description("For a file: the table's CBS metadata, DataProperties (v3) or MeasureCodes (v4) JSON")] IFormFile? Metadata = null,
    [property: Description("The year of the figures or areas, for a table whose rows have no period and whose mapping gives none (85984NED: 2024)")] int? Year = null,
    [property: Description("Instead of a file: a StatLine table the indicators service reads itself, such as 50090NED (it needs internet)")] string? Table = null,
    [property: Description("With a table: the gemeente whose wijken and buurten are read, such as GM0014")] string? Region = null,
    [property: Description("With a table: cbs, cbs-third-party or cbs-v4; the mapping's catalogue when left out")] string? Catalog = null);
