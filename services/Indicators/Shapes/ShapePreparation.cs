using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using NetTopologySuite.Precision;

namespace Nplv.Indicators.Shapes;

/// <summary>An area's outline as the map draws it: simplified for the screen, in WGS84 to six decimals.</summary>
public sealed record PreparedShape(string Code, string? Name, Geometry Geometry, int SourceVertices);

/// <summary>
/// Turns a file's outlines into the map's, once, at import. The outlines are checked (polygons, valid, each code once),
/// simplified together as one coverage with NetTopologySuite's <see cref="CoverageSimplifier"/> in RD New's metres
/// (so a shared border is simplified once and neighbouring buurten still meet, no slivers or gaps between them), then
/// projected to WGS84 and rounded to six decimals (about 10 cm), the same for every copy of a shared vertex.
/// </summary>
public static class ShapePreparation
{
    /// <summary>Detail below this many metres is dropped: about a pixel when a whole wijk fills the map.</summary>
    public const double DefaultToleranceMetres = 5;

    private static readonly GeometryPrecisionReducer SixDecimals = new(new PrecisionModel(1_000_000)) { Pointwise = true };

    public static IReadOnlyList<PreparedShape> Prepare(ShapeFile file, double toleranceMetres = DefaultToleranceMetres)
    {
        if (!ShapeProjection.IsKnown(file.Srid))
        {
            throw new ShapeFileException($"The file's coordinates are in EPSG:{file.Srid}; use EPSG:28992 (RD New) or WGS84.");
        }

        if (file.Features.Count == 0)
        {
            throw new ShapeFileException("The file holds no areas.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in file.Features)
        {
            if (!seen.Add(feature.Code))
            {
                throw new ShapeFileException($"Area {feature.Code} is in the file more than once.");
            }

            if (feature.Geometry is not (Polygon or MultiPolygon) || feature.Geometry.IsEmpty)
            {
                throw new ShapeFileException($"Area {feature.Code} is a {feature.Geometry.GeometryType}, not a polygon.");
            }

            var validation = new IsValidOp(feature.Geometry).ValidationError;
            if (validation is not null)
            {
                throw new ShapeFileException($"Area {feature.Code} is not a valid polygon: {validation.Message} at {validation.Coordinate}.");
            }
        }

        var inMetres = file.Features.Select(feature => ShapeProjection.Transform(feature.Geometry, file.Srid, ShapeProjection.RdNew)).ToArray();
        var simplified = CoverageSimplifier.Simplify(inMetres, toleranceMetres);
        return [.. file.Features.Select((feature, i) => new PreparedShape(
            feature.Code, feature.Name,
            SixDecimals.Reduce(ShapeProjection.Transform(simplified[i], ShapeProjection.RdNew, ShapeProjection.Wgs84)),
            feature.Geometry.NumPoints))];
    }
}
