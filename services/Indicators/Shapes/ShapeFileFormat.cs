namespace Nplv.Indicators.Shapes;

/// <summary>The forms in which CBS publishes its wijk- en buurtkaart.</summary>
public enum ShapeFileFormat
{
    /// <summary>A GeoJSON FeatureCollection, as PDOK's OGC API Features serves it: WGS84, or RD New when its <c>crs</c> says so.</summary>
    GeoJson,

    /// <summary>A GeoPackage, as the kaart's download: every feature table with an area code (buurten, wijken, gemeenten), in the CRS its geometry column names.</summary>
    GeoPackage,
}

public static class ShapeFileFormats
{
    public static string Name(this ShapeFileFormat format) => format == ShapeFileFormat.GeoJson ? "geojson" : "geopackage";

    public static ShapeFileFormat? Parse(string? name) => name switch
    {
        "geojson" => ShapeFileFormat.GeoJson,
        "geopackage" => ShapeFileFormat.GeoPackage,
        _ => null,
    };
}
