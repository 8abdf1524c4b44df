using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using ProjNet.IO.CoordinateSystems;

namespace Nplv.Indicators.Shapes;

/// <summary>
/// Between RD New (EPSG:28992, the Dutch grid CBS draws its kaart in) and WGS84 (EPSG:4326, what GeoJSON and the map
/// speak), with ProjNET. RD New's datum shift is EPSG's seven-parameter transformation (its TOWGS84): within a metre,
/// far finer than a screen shows a buurt.
/// </summary>
public static class ShapeProjection
{
    public const int RdNew = 28992;
    public const int Wgs84 = 4326;

    private const string RdNewWkt =
        "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128," +
        "AUTHORITY[\"EPSG\",\"7004\"]],TOWGS84[565.2369,50.0087,465.658,-0.406857330322398,0.350732676542563,-1.8703473836068,4.0812]," +
        "AUTHORITY[\"EPSG\",\"6289\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433," +
        "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"]," +
        "PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889]," +
        "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000]," +
        "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    private static readonly ICoordinateTransformation RdToWgs84 = new CoordinateTransformationFactory()
        .CreateFromCoordinateSystems((CoordinateSystem)CoordinateSystemWktReader.Parse(RdNewWkt), GeographicCoordinateSystem.WGS84);

    private static readonly ICoordinateTransformation Wgs84ToRd = new CoordinateTransformationFactory()
        .CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, (CoordinateSystem)CoordinateSystemWktReader.Parse(RdNewWkt));

    public static bool IsKnown(int srid) => srid is RdNew or Wgs84;

    /// <summary>A copy of the geometry in the other CRS; longitude before latitude in WGS84, as GeoJSON has it.</summary>
    public static Geometry Transform(Geometry geometry, int fromSrid, int toSrid)
    {
        if (fromSrid == toSrid)
        {
            return geometry.Copy();
        }

        var transform = (fromSrid, toSrid) switch
        {
            (RdNew, Wgs84) => RdToWgs84.MathTransform,
            (Wgs84, RdNew) => Wgs84ToRd.MathTransform,
            _ => throw new ShapeFileException($"Coordinates in EPSG:{fromSrid} cannot be used; use EPSG:28992 (RD New) or WGS84."),
        };
        var copy = geometry.Copy();
        copy.Apply(new TransformFilter(transform));
        copy.SRID = toSrid;
        return copy;
    }

    private sealed class TransformFilter(MathTransform transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                var (x, y) = transform.Transform(sequence.GetX(i), sequence.GetY(i));
                sequence.SetX(i, x);
                sequence.SetY(i, y);
            }
        }
    }
}
