using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using Nplv.Indicators.Shapes;
using static Nplv.Indicators.Tests.Shapes.ShapeSamples;

namespace Nplv.Indicators.Tests.Shapes;

/// <summary>The shape files CBS publishes, read, checked, simplified together and projected for the map.</summary>
public sealed class ShapeFileTests
{
    [Fact]
    public void RdNewBecomesWgs84WithinAMetreAndComesBackWithinAFewCentimetres()
    {
        // Amersfoort, RD New's origin: 52.15517440 N, 5.38720621 E (RDNAPTRANS).
        var point = ShapeProjection.Transform(new Point(155_000, 463_000), ShapeProjection.RdNew, ShapeProjection.Wgs84);
        var back = ShapeProjection.Transform(point, ShapeProjection.Wgs84, ShapeProjection.RdNew);

        Assert.Equal(5.38720621, point.Coordinate.X, 0.00001);
        Assert.Equal(52.15517440, point.Coordinate.Y, 0.00001);
        Assert.Equal(155_000, back.Coordinate.X, 0.05);
        Assert.Equal(463_000, back.Coordinate.Y, 0.05);
    }

    [Fact]
    public async Task AGeoJsonInRdNewIsSimplifiedOnceForTheScreenAndNeighboursStillMeet()
    {
        var buurten = Buurten();
        var file = await ShapeFileReader.ReadAsync(Utf8(GeoJson(buurten, ShapeProjection.RdNew)), ShapeFileFormat.GeoJson, CancellationToken.None);

        var shapes = ShapePreparation.Prepare(file);

        Assert.Equal(ShapeProjection.RdNew, file.Srid);
        Assert.Equal(Codes, shapes.Select(s => s.Code));
        Assert.Equal(Names, shapes.Select(s => s.Name));
        Assert.All(shapes, shape =>
        {
            Assert.True(shape.Geometry.NumPoints < shape.SourceVertices / 4, $"{shape.Code}: {shape.Geometry.NumPoints} of {shape.SourceVertices} vertices");
            Assert.True(shape.Geometry.IsValid);
            var centre = shape.Geometry.Centroid.Coordinate;
            Assert.InRange(centre.X, 6.5, 6.6);
            Assert.InRange(centre.Y, 53.2, 53.25);
        });
        AssertAValidCoverage(shapes);
    }

    [Fact]
    public async Task AGeoJsonInWgs84GivesTheSameShapes()
    {
        var buurten = Buurten();
        var inWgs84 = buurten.Select(b => ShapeProjection.Transform(b, ShapeProjection.RdNew, ShapeProjection.Wgs84)).ToList();
        var fromRd = ShapePreparation.Prepare(await ShapeFileReader.ReadAsync(Utf8(GeoJson(buurten, ShapeProjection.RdNew)), ShapeFileFormat.GeoJson, CancellationToken.None));

        var file = await ShapeFileReader.ReadAsync(Utf8(GeoJson(inWgs84, srid: null)), ShapeFileFormat.GeoJson, CancellationToken.None);
        var fromWgs84 = ShapePreparation.Prepare(file);

        Assert.Equal(ShapeProjection.Wgs84, file.Srid);
        Assert.All(fromRd.Zip(fromWgs84), pair => Assert.True(
            pair.First.Geometry.SymmetricDifference(pair.Second.Geometry).Area < pair.First.Geometry.Area * 0.001,
            pair.First.Code));
        AssertAValidCoverage(fromWgs84);
    }

    [Fact]
    public async Task TheCrsMayBeNamedAsAnOgcUri()
    {
        var json = GeoJson(Buurten(), ShapeProjection.RdNew).Replace("urn:ogc:def:crs:EPSG::28992", "http://www.opengis.net/def/crs/EPSG/0/28992", StringComparison.Ordinal);

        var file = await ShapeFileReader.ReadAsync(Utf8(json), ShapeFileFormat.GeoJson, CancellationToken.None);

        Assert.Equal(ShapeProjection.RdNew, file.Srid);
    }

    [Fact]
    public async Task AGeoPackageGivesItsBuurtenAndItsWijken()
    {
        var file = await ShapeFileReader.ReadAsync(new MemoryStream(GeoPackage(Buurten())), ShapeFileFormat.GeoPackage, CancellationToken.None);
        var shapes = ShapePreparation.Prepare(file);

        Assert.Equal(ShapeProjection.RdNew, file.Srid);
        Assert.Equal([.. Codes, "WK001410"], shapes.Select(s => s.Code));
        Assert.Equal("Noordwest", shapes[^1].Name);
        // The wijk is its buurten together, within the simplification.
        var buurten = shapes.Take(4).Select(s => s.Geometry).Aggregate((a, b) => a.Union(b));
        Assert.True(buurten.SymmetricDifference(shapes[^1].Geometry).Area < shapes[^1].Geometry.Area * 0.001);
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[", "readable JSON")]
    [InlineData("{\"type\":\"Feature\"}", "not a GeoJSON FeatureCollection")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[]}", "no areas")]
    [InlineData("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"BU00141000\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}}]}", "EPSG:3857")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"BU00141000\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.5,53.2]}}]}", "Point, not a polygon")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"naam\":\"x\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.5,53.2],[6.6,53.2],[6.6,53.3],[6.5,53.2]]]}}]}", "Feature 1 has no area code")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"BU00141000\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.5,53.2],[6.6,53.3],[6.6,53.2],[6.5,53.3],[6.5,53.2]]]}}]}", "BU00141000 is not a valid polygon")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"BU00141000\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":\"nee\"}}]}", "cannot be read")]
    [InlineData("{\"type\":\"FeatureCollection\",\"crs\":\"EPSG:28992\",\"features\":[]}", "not a named coordinate system")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"BU00141000\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[233000,581000],[234000,581000],[234000,582000],[233000,581000]]]}}]}", "lies outside the Netherlands in WGS84")]
    public async Task ABadGeoJsonIsRefusedSayingWhy(string json, string reason)
    {
        var refused = await Assert.ThrowsAsync<ShapeFileException>(async () =>
            ShapePreparation.Prepare(await ShapeFileReader.ReadAsync(Utf8(json), ShapeFileFormat.GeoJson, CancellationToken.None)));

        Assert.Contains(reason, refused.Message);
    }

    [Fact]
    public async Task AnAreaTwiceOrAFileThatIsNoGeoPackageIsRefusedSayingWhy()
    {
        var buurten = Buurten();
        var twice = GeoJson(buurten, ShapeProjection.RdNew, (1, $"{{\"type\":\"Feature\",\"properties\":{{\"buurtcode\":\"{Codes[0]}\"}},\"geometry\":{GeometryJson(buurten[1])}}}"));

        var duplicate = await Assert.ThrowsAsync<ShapeFileException>(async () =>
            ShapePreparation.Prepare(await ShapeFileReader.ReadAsync(Utf8(twice), ShapeFileFormat.GeoJson, CancellationToken.None)));
        var notSqlite = await Assert.ThrowsAsync<ShapeFileException>(() =>
            ShapeFileReader.ReadAsync(Utf8("buurtcode,geom\nBU00141000,POLYGON"), ShapeFileFormat.GeoPackage, CancellationToken.None));

        Assert.Contains("BU00141000 is in the file more than once", duplicate.Message);
        Assert.Contains("not a readable GeoPackage", notSqlite.Message);
    }

    private static void AssertAValidCoverage(IReadOnlyList<PreparedShape> shapes)
    {
        var geometries = shapes.Select(s => s.Geometry).ToArray();
        Assert.All(CoverageValidator.Validate(geometries), invalid => Assert.Null(invalid));
        // The squares side by side share their border (a kilometre, some 0.009 degrees): a line, not a point; and nothing overlaps.
        Assert.True(geometries[0].Intersection(geometries[1]).Length > 0.005);
        Assert.True(geometries[0].Intersection(geometries[1]).Area < 1e-12);
        var union = geometries.Aggregate((a, b) => a.Union(b));
        Assert.IsType<Polygon>(union);
        Assert.Equal(geometries.Sum(g => g.Area), union.Area, union.Area * 1e-6);
    }
}
