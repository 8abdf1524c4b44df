using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Nplv.Indicators.Shapes;

namespace Nplv.Indicators.Tests.Shapes;

/// <summary>
/// Four buurten of Noordwest as a 2 x 2 grid of 1 km squares in RD New near Groningen, their borders drawn with a
/// vertex every 10 m and a wobble of half a metre (detail the import's simplification should drop), every shared border drawn
/// with the same vertices on both sides, as in CBS's kaart; and the files CBS would publish them in.
/// </summary>
internal static class ShapeSamples
{
    public static readonly string[] Codes = ["BU00141000", "BU00141001", "BU00141002", "BU00141003"];
    public static readonly string[] Names = ["Paddepoel-Zuid", "Paddepoel-Noord", "Selwerd", "Tuinwijk"];

    private static readonly GeometryFactory Rd = new(new PrecisionModel(), ShapeProjection.RdNew);
    private const double West = 233_000, South = 581_000, Side = 1_000;

    public static IReadOnlyList<Polygon> Buurten()
    {
        var cells = new List<Polygon>();
        for (var j = 0; j < 2; j++)
        {
            for (var i = 0; i < 2; i++)
            {
                Coordinate Corner(int di, int dj) => new(West + (i + di) * Side, South + (j + dj) * Side);
                var ring = new List<Coordinate>();
                ring.AddRange(Edge(Corner(0, 0), Corner(1, 0)));
                ring.AddRange(Edge(Corner(1, 0), Corner(1, 1)));
                ring.AddRange(Edge(Corner(1, 1), Corner(0, 1)));
                ring.AddRange(Edge(Corner(0, 1), Corner(0, 0)));
                ring.Add(ring[0].Copy());
                cells.Add(Rd.CreatePolygon([.. ring]));
            }
        }

        return cells;
    }

    /// <summary>The border from a to b without b; the same points, reversed, from b to a.</summary>
    private static IEnumerable<Coordinate> Edge(Coordinate a, Coordinate b)
    {
        var forward = a.X < b.X || (a.X == b.X && a.Y < b.Y);
        var (from, to) = forward ? (a, b) : (b, a);
        var points = new List<Coordinate>();
        for (var k = 0; k <= 100; k++)
        {
            var t = k / 100.0;
            // Outer corners and ends stay put; in between, the border wobbles across its line.
            var wobble = k is 0 or 100 ? 0 : 0.5 * Math.Sin(k * 1.3 + from.X / 100 + from.Y / 70);
            var horizontal = from.Y == to.Y;
            points.Add(new Coordinate(
                from.X + (to.X - from.X) * t + (horizontal ? 0 : wobble),
                from.Y + (to.Y - from.Y) * t + (horizontal ? wobble : 0)));
        }

        if (!forward)
        {
            points.Reverse();
        }

        return points.Take(points.Count - 1);
    }

    public static string GeoJson(IReadOnlyList<Geometry> geometries, int? srid, params (int Index, string Json)[] replaced)
    {
        var json = new StringBuilder("{\"type\":\"FeatureCollection\",");
        if (srid is { } code)
        {
            json.Append("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::").Append(code).Append("\"}},");
        }

        json.Append("\"features\":[");
        for (var i = 0; i < geometries.Count; i++)
        {
            if (i > 0) json.Append(',');
            var replacement = replaced.FirstOrDefault(r => r.Index == i).Json;
            json.Append(replacement ?? $"{{\"type\":\"Feature\",\"properties\":{{\"buurtcode\":\"{Codes[i]}\",\"buurtnaam\":\"{Names[i]}\"}},\"geometry\":{GeometryJson(geometries[i])}}}");
        }

        return json.Append("]}").ToString();
    }

    public static string GeometryJson(Geometry geometry)
    {
        var ring = string.Join(",", ((Polygon)geometry).ExteriorRing.Coordinates.Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"[{c.X:R},{c.Y:R}]")));
        return $"{{\"type\":\"Polygon\",\"coordinates\":[[{ring}]]}}";
    }

    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    /// <summary>A GeoPackage as the kaart's download has it: a buurten and a wijken table, in RD New.</summary>
    public static byte[] GeoPackage(IReadOnlyList<Polygon> buurten)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                Execute(connection, """
                    PRAGMA application_id = 1196444487;
                    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                        organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
                    CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, srs_id INTEGER);
                    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                        srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
                    INSERT INTO gpkg_spatial_ref_sys VALUES ('Amersfoort / RD New', 28992, 'EPSG', 28992, 'undefined', NULL);
                    CREATE TABLE buurten (fid INTEGER PRIMARY KEY, geom BLOB, buurtcode TEXT, buurtnaam TEXT, aantal_inwoners INTEGER);
                    CREATE TABLE wijken (fid INTEGER PRIMARY KEY, geom BLOB, wijkcode TEXT, wijknaam TEXT);
                    INSERT INTO gpkg_contents VALUES ('buurten', 'features', 'buurten', 28992), ('wijken', 'features', 'wijken', 28992);
                    INSERT INTO gpkg_geometry_columns VALUES ('buurten', 'geom', 'MULTIPOLYGON', 28992, 0, 0), ('wijken', 'geom', 'MULTIPOLYGON', 28992, 0, 0);
                    """);
                var writer = new GeoPackageGeoWriter();
                for (var i = 0; i < buurten.Count; i++)
                {
                    Insert(connection, "INSERT INTO buurten (geom, buurtcode, buurtnaam, aantal_inwoners) VALUES ($geom, $code, $name, -99999999)",
                        writer.Write(Rd.CreateMultiPolygon([buurten[i]])), Codes[i], Names[i]);
                }

                var wijk = (Polygon)Rd.BuildGeometry(buurten).Union();
                Insert(connection, "INSERT INTO wijken (geom, wijkcode, wijknaam) VALUES ($geom, $code, $name)",
                    writer.Write(Rd.CreateMultiPolygon([wijk])), "WK001410", "Noordwest");
            }

            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection connection, string sql, byte[] geometry, string code, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$geom", geometry);
        command.Parameters.AddWithValue("$code", code);
        command.Parameters.AddWithValue("$name", name);
        command.ExecuteNonQuery();
    }
}
