using System.ComponentModel;
using System.Security.Cryptography;
using System.Text.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Errors;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Http;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Apis;

/// <summary>
/// The outlines of the areas for the maps: served as one GeoJSON FeatureCollection per level and division, cacheable
/// by any cache on the way (a division changes only when its kaart is imported again); imported by the programme office
/// from the kaart as CBS publishes it.
/// </summary>
public static class AreaShapesApi
{
    public const string GeoJsonType = "application/geo+json";
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>A kaart named by its year stays as it is for days; "the newest" may become another year's sooner.</summary>
    private const string DivisionCacheControl = "public, max-age=86400";
    private const string NewestCacheControl = "public, max-age=300";

    /// <summary>A national kaart of hundreds of megabytes takes minutes to send and to simplify.</summary>
    private static readonly TimeSpan ImportDeadline = TimeSpan.FromMinutes(10);

    public static RouteGroupBuilder MapAreaShapesApi(this RouteGroupBuilder v1)
    {
        var shapes = v1.MapGroup("/areas/shapes").WithTags("Areas");
        shapes.MapGet("/", ListAreaShapes).WithName(nameof(ListAreaShapes)).ProducesReadProblems()
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonType)
            .Produces(StatusCodes.Status304NotModified)
            .WithMetadata(new QueryFieldNames(("division_year", "year")))
            .WithSummary("The outlines of one level's areas in a division as a GeoJSON FeatureCollection (WGS84), with the divisions that have outlines of that level, an ETag and a long max-age");
        shapes.MapPost("/", ImportAreaShapes).WithName(nameof(ImportAreaShapes)).ProducesWriteProblems()
            .Accepts<IFormFile>(GeoJsonType, "application/geopackage+sqlite3", "application/octet-stream")
            .WithMetadata(new QueryFieldNames(
                ("settings.format", "format"), ("settings.division_year", "year"), ("settings.region", "region"), ("settings.source", "source")))
            .WithSummary("Imports a division's outlines from CBS's wijk- en buurtkaart (programme office): the body is the file, GeoJSON or GeoPackage, at most 256 MB; "
                + "all or nothing, and the same file again changes nothing")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        return v1;
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem>> ListAreaShapes(
        [FromQuery, Description("buurt, wijk or gemeente")] string? level,
        [FromQuery, Description("The kaart's year; the newest imported when absent")] int? year,
        HttpContext context,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = new ListAreaShapesRequest { Level = errors.Enum<AreaLevel>("level", level), DivisionYear = year ?? 0 };
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var response = await indicators.ListAreaShapesAsync(request, cancellationToken: cancellationToken);
        var body = FeatureCollection(response);
        // Weak: the outlines are the same whether they are sent as they are or compressed, so one validator serves all.
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"", isWeak: true);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        // No outlines yet is no answer to keep; "the newest" may become another year's.
        context.Response.Headers.CacheControl = response.Shapes.Count == 0 ? "no-store"
            : request.DivisionYear == 0 ? NewestCacheControl
            : DivisionCacheControl;
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(match => match.Equals(EntityTagHeaderValue.Any) || match.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(body, GeoJsonType);
    }

    /// <summary>The shapes as GeoJSON: each feature's id its code, its name and code as properties; the division beside.</summary>
    private static byte[] FeatureCollection(ListAreaShapesResponse response)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteNumber("divisionYear", response.DivisionYear);
            json.WriteStartArray("divisions");
            foreach (var division in response.Divisions)
            {
                json.WriteNumberValue(division);
            }

            json.WriteEndArray();
            json.WriteStartArray("features");
            foreach (var shape in response.Shapes)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", shape.AreaCode);
                json.WriteStartObject("properties");
                json.WriteString("code", shape.AreaCode);
                json.WriteString("name", shape.Name);
                json.WriteEndObject();
                json.WritePropertyName("geometry");
                // The service stores geometries it wrote itself; WriteRawValue still checks they are JSON.
                json.WriteRawValue(shape.Geometry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static async Task<Results<Ok<AreaShapeImportDto>, ValidationProblem>> ImportAreaShapes(
        [FromQuery, Description("geojson or geopackage")] string? format,
        [FromQuery, Description("The kaart's year")] int? year,
        [FromQuery, Description("Only this gemeente's areas, such as GM0014 (from the national kaart)")] string? region,
        [FromQuery, Description("Where the outlines come from, such as \"CBS Wijk- en buurtkaart 2024\"")] string? source,
        HttpContext context,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        StreamedUploads.LimitBody(context, MaxFileBytes, "The file is larger than 256 MB.");

        using var call = indicators.ImportAreaShapes(deadline: DateTime.UtcNow.Add(ImportDeadline), cancellationToken: cancellationToken);
        try
        {
            await call.RequestStream.WriteAsync(new ImportAreaShapesRequest
            {
                Settings = new AreaShapeSettings { Format = format ?? "", DivisionYear = year ?? 0, Region = region ?? "", Source = source ?? "" },
            }, cancellationToken);
            await StreamedUploads.SendBodyAsync(context.Request, call.RequestStream, chunk => new ImportAreaShapesRequest { Chunk = chunk }, cancellationToken);
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            // The service refused the settings and ended the call before the file was sent: its answer says why.
        }

        var imported = await call;
        return TypedResults.Ok(new AreaShapeImportDto(imported.DivisionYear, imported.Written, imported.Unchanged, imported.Skipped));
    }
}

/// <summary>What an import of a kaart did: outlines added or changed, those already as the file has them, and areas outside the region.</summary>
public sealed record AreaShapeImportDto(int DivisionYear, int Written, int Unchanged, int Skipped);
