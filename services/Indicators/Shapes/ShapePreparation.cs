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

    // The Netherlands in either CRS, with a margin: coordinates outside are in another CRS than the file says.
    private static readonly Envelope NetherlandsRd = new(-10_000, 310_000, 280_000, 640_000);
    private static readonly Envelope NetherlandsWgs84 = new(3.0, 7.5, 50.5, 53.8);

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

        var netherlands = file.Srid == ShapeProjection.RdNew ? NetherlandsRd : NetherlandsWgs84;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in file.Features)
        {
            if (!seen.Add(feature.Code))
            {
                throw new ShapeFileException($"Area {feature.Code} is in the file more than once.");
            }

            if (feature.Geometry is not (Polygon or MultiPolygon))
            {
                throw new ShapeFileException($"Area {feature.Code} is a {feature.Geometry.GeometryType}, not a polygon.");
            }

            if (feature.Geometry.IsEmpty)
            {
                throw new ShapeFileException($"Area {feature.Code} has an empty outline.");
            }

            var validation = new IsValidOp(feature.Geometry).ValidationError;
            if (validation is not null)
            {
                throw new ShapeFileException($"Area {feature.Code} is not a valid polygon: {validation.Message} at {validation.Coordinate}.");
            }

            if (!netherlands.Contains(feature.Geometry.EnvelopeInternal))
            {
                throw new ShapeFileException(
                    $"Area {feature.Code} lies outside the Netherlands in {(file.Srid == ShapeProjection.RdNew ? "RD New" : "WGS84")}: is the file in another coordinate system than it says?");
            }
        }

        try
        {
            // Buurten, wijken and gemeenten overlap one another: each level is a coverage of its own.
            var prepared = new Dictionary<string, PreparedShape>(StringComparer.Ordinal);
            foreach (var level in file.Features.GroupBy(feature => feature.Code[..2], StringComparer.Ordinal))
            {
                var features = level.ToList();
                var inMetres = features.Select(feature => ShapeProjection.Transform(feature.Geometry, file.Srid, ShapeProjection.RdNew)).ToArray();
                var simplified = CoverageSimplifier.Simplify(inMetres, toleranceMetres);
                for (var i = 0; i < features.Count; i++)
                {
                    var projected = ShapeProjection.Transform(simplified[i], ShapeProjection.RdNew, ShapeProjection.Wgs84);
                    // Rounding keeps shared vertices shared; should it fold a ring of a tiny area, the unrounded outline is kept.
                    var rounded = SixDecimals.Reduce(projected);
                    prepared[features[i].Code] = new PreparedShape(
                        features[i].Code, features[i].Name, rounded.IsValid ? rounded : projected, features[i].Geometry.NumPoints);
                }
            }

            return [.. file.Features.Select(feature => prepared[feature.Code])];
        }
        catch (Exception ex) when (ex is ArgumentException or TopologyException or ArithmeticException or InvalidOperationException)
        {
            throw new ShapeFileException($"The outlines cannot be simplified together (do neighbouring areas share their borders?): {ex.Message}");
        }
    }
}
