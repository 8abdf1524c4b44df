using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Nplv.Indicators.Shapes;

/// <summary>
/// Reads a GeoPackage (an SQLite file, OGC 12-128) with Microsoft.Data.Sqlite and NetTopologySuite's GeoPackage
/// geometry reader: every feature table that has a CBS code column (the kaart's buurten, wijken and gemeenten), each in
/// the CRS its geometry column names. All tables must share one CRS, as the kaart's do. Opened without pooling, so
/// the file is closed as soon as it has been read.
/// </summary>
internal static class GeoPackageShapeReader
{
    public static ShapeFile Read(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            var layers = Layers(connection);
            if (layers.Count == 0)
            {
                throw new ShapeFileException("The GeoPackage has no feature table with an area code column.");
            }

            if (layers.Select(layer => layer.Srid).Distinct().Count() > 1)
            {
                throw new ShapeFileException("The GeoPackage's feature tables are in different coordinate systems.");
            }

            var features = new List<ShapeFeature>();
            // Heights, where a file has them, are of no use to a map of the areas.
            var reader = new GeoPackageGeoReader { HandleOrdinates = Ordinates.XY };
            foreach (var layer in layers)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {Quoted(layer.CodeColumn)}, {(layer.NameColumn is null ? "NULL" : Quoted(layer.NameColumn))}, {Quoted(layer.GeometryColumn)} FROM {Quoted(layer.Table)}";
                using var rows = command.ExecuteReader();
                while (rows.Read())
                {
                    var code = rows.IsDBNull(0) ? "" : Convert.ToString(rows.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!.Trim();
                    if (code.Length == 0)
                    {
                        throw new ShapeFileException($"A feature of '{layer.Table}' has no area code.");
                    }

                    if (rows.GetValue(2) is not byte[] blob)
                    {
                        throw new ShapeFileException($"Feature {code} of '{layer.Table}' has no geometry.");
                    }

                    Geometry geometry;
                    try
                    {
                        geometry = reader.Read(blob);
                    }
                    catch (Exception ex) when (ex is ParseException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or EndOfStreamException)
                    {
                        throw new ShapeFileException($"Feature {code} of '{layer.Table}' has a geometry that cannot be read: {ex.Message}");
                    }

                    features.Add(new ShapeFeature(code, rows.IsDBNull(1) ? null : Convert.ToString(rows.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)!.Trim(), geometry));
                }
            }

            return new ShapeFile(features, layers[0].Srid);
        }
        catch (SqliteException ex)
        {
            throw new ShapeFileException($"The file is not a readable GeoPackage: {ex.Message}");
        }
    }

    private static List<Layer> Layers(SqliteConnection connection)
    {
        var tables = new List<(string Table, string Geometry, int Srid)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT g.table_name, g.column_name, s.organization, s.organization_coordsys_id
                FROM gpkg_contents c
                JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
                JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
                WHERE c.data_type = 'features' AND g.table_name IS NOT NULL AND g.column_name IS NOT NULL
                  AND s.organization IS NOT NULL AND s.organization_coordsys_id IS NOT NULL
                ORDER BY g.table_name
                """;
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                if (!string.Equals(rows.GetString(2), "EPSG", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ShapeFileException($"The table '{rows.GetString(0)}' is in a coordinate system of {rows.GetString(2)}, not EPSG.");
                }

                tables.Add((rows.GetString(0), rows.GetString(1), rows.GetInt32(3)));
            }
        }

        var layers = new List<Layer>();
        foreach (var (table, geometry, srid) in tables)
        {
            var columns = Columns(connection, table);
            var code = ShapeProperties.CodeNames.FirstOrDefault(name => columns.Contains(name));
            if (code is not null)
            {
                layers.Add(new Layer(table, geometry, srid, columns.First(c => c.Equals(code, StringComparison.OrdinalIgnoreCase)),
                    ShapeProperties.NameNames.Where(name => columns.Contains(name)).Select(name => columns.First(c => c.Equals(name, StringComparison.OrdinalIgnoreCase))).FirstOrDefault()));
            }
        }

        return layers;
    }

    private static HashSet<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info({Literal(table)})";
        using var rows = command.ExecuteReader();
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (rows.Read())
        {
            columns.Add(rows.GetString(0));
        }

        return columns;
    }

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private sealed record Layer(string Table, string GeometryColumn, int Srid, string CodeColumn, string? NameColumn);
}
