using Dapper;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Shapes;

/// <summary>One area's outline as stored and served: a GeoJSON geometry in WGS84.</summary>
public sealed record StoredShape(string AreaCode, string Name, string Level, string GeometryJson, int Vertices);

/// <summary>What an import of shapes did: outlines added or changed, and those already as the file has them.</summary>
public sealed record ShapeImportResult(int Written, int Unchanged);

public sealed class AreaShapeStore(ServiceDatabase database)
{
    /// <summary>
    /// Adds or replaces the division's outlines in one statement, all or none; an outline as it is stored already is
    /// left alone, so importing the same kaart again changes nothing.
    /// </summary>
    public Task<ShapeImportResult> SaveAsync(int divisionYear, IReadOnlyList<PreparedShapeRow> shapes, string source, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var written = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO area_shapes (division_year, area_code, geometry, source_vertices, vertices, source)
                SELECT @divisionYear, * , @source FROM unnest(@codes, @geometries, @sourceVertices, @vertices)
                ON CONFLICT (division_year, area_code) DO UPDATE
                    SET geometry = excluded.geometry, source_vertices = excluded.source_vertices, vertices = excluded.vertices,
                        source = excluded.source, imported_at = now()
                    WHERE (area_shapes.geometry, area_shapes.source) IS DISTINCT FROM (excluded.geometry, excluded.source)
                """,
                new
                {
                    divisionYear,
                    source,
                    codes = shapes.Select(s => s.AreaCode).ToArray(),
                    geometries = shapes.Select(s => s.GeometryJson).ToArray(),
                    sourceVertices = shapes.Select(s => s.SourceVertices).ToArray(),
                    vertices = shapes.Select(s => s.Vertices).ToArray(),
                },
                cancellationToken: token));
            return new ShapeImportResult(written, shapes.Count - written);
        }, cancellationToken);

    /// <summary>The outlines of a division's areas of one level, by code.</summary>
    public Task<IReadOnlyList<StoredShape>> ListAsync(int divisionYear, string level, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<StoredShape>>(async (connection, token) =>
            [.. await connection.QueryAsync<StoredShape>(new CommandDefinition(
                """
                SELECT s.area_code AS AreaCode, a.name AS Name, a.level AS Level, s.geometry AS GeometryJson, s.vertices AS Vertices
                FROM area_shapes s JOIN areas a ON a.code = s.area_code
                WHERE s.division_year = @divisionYear AND a.level = @level
                ORDER BY s.area_code
                """,
                new { divisionYear, level },
                cancellationToken: token))], cancellationToken);

    /// <summary>The divisions (years) that have outlines of areas of one level, newest first.</summary>
    public Task<IReadOnlyList<int>> DivisionsAsync(string level, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<int>>(async (connection, token) =>
            [.. await connection.QueryAsync<int>(new CommandDefinition(
                """
                SELECT DISTINCT s.division_year FROM area_shapes s JOIN areas a ON a.code = s.area_code
                WHERE a.level = @level
                ORDER BY s.division_year DESC
                """,
                new { level },
                cancellationToken: token))], cancellationToken);
}

/// <summary>A prepared outline as it is written: its geometry as GeoJSON text.</summary>
public sealed record PreparedShapeRow(string AreaCode, string GeometryJson, int SourceVertices, int Vertices);
