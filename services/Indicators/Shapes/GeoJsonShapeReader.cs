using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Nplv.Indicators.Shapes;

/// <summary>
/// Reads a GeoJSON FeatureCollection with NetTopologySuite's System.Text.Json converters. RFC 7946 GeoJSON is WGS84;
/// files in RD New, as PDOK and CBS also write them, say so in the older <c>crs</c> member, which is read here.
/// </summary>
internal static class GeoJsonShapeReader
{
    public static async Task<ShapeFile> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new ShapeFileException($"The file is not readable JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features)
                || features.ValueKind != JsonValueKind.Array)
            {
                throw new ShapeFileException("The file is not a GeoJSON FeatureCollection.");
            }

            var srid = SridOf(root);
            var shapes = new List<ShapeFeature>(features.GetArrayLength());
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                shapes.Add(Feature(feature, index++));
            }

            return new ShapeFile(shapes, srid);
        }
    }

    private static ShapeFeature Feature(JsonElement feature, int index)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometryJson)
            || geometryJson.ValueKind != JsonValueKind.Object)
        {
            throw new ShapeFileException($"Feature {index + 1} has no geometry.");
        }

        var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var code = Text(properties, ShapeProperties.CodeNames)
            ?? throw new ShapeFileException($"Feature {index + 1} has no area code ({string.Join(", ", ShapeProperties.CodeNames)}).");
        Geometry? geometry;
        try
        {
            geometry = geometryJson.Deserialize<Geometry>(ShapeJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new ShapeFileException($"Feature {index + 1} ({code}) has a geometry that cannot be read: {ex.Message}");
        }

        return new ShapeFeature(code, Text(properties, ShapeProperties.NameNames),
            geometry ?? throw new ShapeFileException($"Feature {index + 1} ({code}) has no geometry."));
    }

    private static string? Text(JsonElement properties, string[] names)
    {
        if (properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in names)
        {
            if (properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The EPSG code the <c>crs</c> member names (<c>urn:ogc:def:crs:EPSG::28992</c>, <c>EPSG:28992</c>); WGS84 without one.</summary>
    private static int SridOf(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return ShapeProjection.Wgs84;
        }

        if (crs.ValueKind != JsonValueKind.Object)
        {
            throw new ShapeFileException("The file's crs is not a named coordinate system.");
        }

        var name = crs.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
        if (name.Contains("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return ShapeProjection.Wgs84;
        }

        // urn:ogc:def:crs:EPSG::28992, EPSG:28992 or http://www.opengis.net/def/crs/EPSG/0/28992.
        var code = name[(name.LastIndexOfAny([':', '/']) + 1)..];
        return int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var srid)
            ? srid
            : throw new ShapeFileException($"The file's crs '{name}' is not one this import knows; use EPSG:28992 (RD New) or WGS84.");
    }
}
