using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nplv.Gateway.Exports;

public static class DownloadsOpenApi
{
    /// <summary>
    /// A route that downloads answers its 200 as JSON, CSV or XLSX: the table types are added beside the JSON the
    /// route's typed result documents (two results for one status would otherwise leave only one).
    /// </summary>
    public static void DocumentDownloads(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<DownloadsTables>().Any()
            || operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response)
        {
            return;
        }

        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        foreach (var type in new[] { ExportFormats.CsvContentType, ExportFormats.XlsxContentType })
        {
            response.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }

        response.Description = "The table as JSON; with format=csv or xlsx (or that Accept header) every matching row as a download.";
    }
}
