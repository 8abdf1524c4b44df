using NetTopologySuite.Geometries;

namespace Nplv.Indicators.Shapes;

/// <summary>One area's outline as a file holds it: its CBS code, its name when the file gives one, in the file's CRS.</summary>
public sealed record ShapeFeature(string Code, string? Name, Geometry Geometry);

/// <summary>A file's outlines and the EPSG code of the coordinates they are in (28992, RD New; or 4326, WGS84).</summary>
public sealed record ShapeFile(IReadOnlyList<ShapeFeature> Features, int Srid);
