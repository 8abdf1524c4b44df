using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using NetTopologySuite.Geometries;
using Nplv.Indicators.Shapes;
using Nplv.Indicators.V1;
using Nplv.Testing;
using static Nplv.Indicators.Tests.Shapes.ShapeSamples;

namespace Nplv.Indicators.Tests.Shapes;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class AreaShapesGrpcTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;

    private static AreaShapeSettings Settings(int year, string format = "geojson", string region = "")
        => new() { Format = format, DivisionYear = year, Region = region, Source = $"test: CBS Wijk- en buurtkaart {year}" };

    private async Task<ImportAreaShapesResponse> ImportAsync(AreaShapeSettings settings, byte[] file, int chunkBytes = 4096)
    {
        using var call = _client.ImportAreaShapes();
        try
        {
            await call.RequestStream.WriteAsync(new ImportAreaShapesRequest { Settings = settings });
            for (var offset = 0; offset < file.Length; offset += chunkBytes)
            {
                await call.RequestStream.WriteAsync(new ImportAreaShapesRequest { Chunk = ByteString.CopyFrom(file, offset, Math.Min(chunkBytes, file.Length - offset)) });
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException)
        {
            // Refused settings end the call before the file is sent; the service's answer follows.
        }

        return await call.ResponseAsync;
    }

    private static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task AKaartInRdNewIsImportedOnceServedAsGeoJsonAndTheSameFileAgainChangesNothing()
    {
        var file = Bytes(GeoJson(Buurten(), ShapeProjection.RdNew));

        var first = await ImportAsync(Settings(2041), file);
        var again = await ImportAsync(Settings(2041), file, chunkBytes: 100_000);
        var listed = await _client.ListAreaShapesAsync(new ListAreaShapesRequest { Level = AreaLevel.Buurt, DivisionYear = 2041 });
        var wijken = await _client.ListAreaShapesAsync(new ListAreaShapesRequest { Level = AreaLevel.Wijk, DivisionYear = 2041 });

        Assert.Equal((4, 0, 0), (first.Written, first.Unchanged, first.Skipped));
        Assert.Equal((0, 4), (again.Written, again.Unchanged));
        Assert.Equal(Codes, listed.Shapes.Select(s => s.AreaCode));
        Assert.Equal(2041, listed.DivisionYear);
        Assert.Contains(2041, listed.Divisions);
        Assert.Empty(wijken.Shapes);
        // The divisions are those with outlines of the level asked for: this kaart held buurten only.
        Assert.DoesNotContain(2041, wijken.Divisions);
        foreach (var shape in listed.Shapes)
        {
            var geometry = JsonSerializer.Deserialize<Geometry>(shape.Geometry, ShapeJson.Options)!;
            Assert.IsType<Polygon>(geometry);
            Assert.True(geometry.IsValid);
            Assert.InRange(geometry.Centroid.X, 6.5, 6.6);
            Assert.NotEmpty(shape.Name);
        }
    }

    [Fact]
    public async Task TheNationalKaartNarrowedToTheGemeenteSkipsTheRestAndWithoutARegionIsRefused()
    {
        var buurten = Buurten();
        var amsterdam = GeoJson(buurten, ShapeProjection.RdNew, (3, $"{{\"type\":\"Feature\",\"properties\":{{\"buurtcode\":\"BU03630000\"}},\"geometry\":{GeometryJson(buurten[3])}}}"));

        var narrowed = await ImportAsync(Settings(2042, region: "GM0014"), Bytes(amsterdam));
        var fields = await RpcAssert.RejectsWith(() => ImportAsync(Settings(2043), Bytes(amsterdam)));
        // The kaart of 2021: Noordwest (WK001410) was redrawn in 2024, so its code is not one of later years.
        var package = await ImportAsync(Settings(2021, "geopackage", "GM0014"), GeoPackage(buurten), chunkBytes: 1_000_000);

        Assert.Equal((3, 0, 1), (narrowed.Written, narrowed.Unchanged, narrowed.Skipped));
        var refused = Assert.Single(fields);
        Assert.Equal("file", refused.Field);
        Assert.Contains("BU03630000", refused.Description);
        Assert.Empty((await _client.ListAreaShapesAsync(new ListAreaShapesRequest { Level = AreaLevel.Buurt, DivisionYear = 2043 })).Shapes);
        Assert.Equal(5, package.Written);
        Assert.Equal("WK001410", Assert.Single((await _client.ListAreaShapesAsync(new ListAreaShapesRequest { Level = AreaLevel.Wijk, DivisionYear = 2021 })).Shapes).AreaCode);
    }

    [Fact]
    public async Task BadSettingsAndBadFilesNameTheirFieldAndWriteNothing()
    {
        var settingsFields = await RpcAssert.RejectsFields(() => ImportAsync(
            new AreaShapeSettings { Format = "shapefile", DivisionYear = 1800, Region = "WK001410", Source = "" }, Bytes("{}")));
        var broken = await RpcAssert.RejectsWith(() => ImportAsync(Settings(2045), Bytes("{\"type\":\"FeatureCollection\",\"features\":[")));
        var notPolygons = await RpcAssert.RejectsWith(() => ImportAsync(Settings(2045), Bytes(
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"BU00141000\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[6.5,53.2],[6.6,53.2]]}}]}")));
        var empty = await RpcAssert.RejectsFields(() => ImportAsync(Settings(2045), []));
        var chunkFirst = await RpcAssert.RejectsFields(async () =>
        {
            using var call = _client.ImportAreaShapes();
            try
            {
                await call.RequestStream.WriteAsync(new ImportAreaShapesRequest { Chunk = ByteString.CopyFromUtf8("{}") });
                await call.RequestStream.CompleteAsync();
            }
            catch (Exception ex) when (ex is RpcException or InvalidOperationException)
            {
            }

            await call.ResponseAsync;
        });

        Assert.Equal(["settings.format", "settings.division_year", "settings.region", "settings.source"], settingsFields);
        Assert.Equal("file", Assert.Single(broken).Field);
        Assert.Contains("not readable JSON", broken[0].Description);
        Assert.Contains("LineString, not a polygon", Assert.Single(notPolygons).Description);
        Assert.Equal(["file"], empty);
        Assert.Equal(["settings"], chunkFirst);
        Assert.Empty((await _client.ListAreaShapesAsync(new ListAreaShapesRequest { Level = AreaLevel.Buurt, DivisionYear = 2045 })).Shapes);
        Assert.Equal(["level"], await RpcAssert.RejectsFields(() => _client.ListAreaShapesAsync(new ListAreaShapesRequest()).ResponseAsync));
    }
}
