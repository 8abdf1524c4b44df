using System.Text.Json;
using NetTopologySuite.IO.Converters;

namespace Nplv.Indicators.Shapes;

/// <summary>GeoJSON geometries with NetTopologySuite's System.Text.Json converters: read from files, written to the store.</summary>
public static class ShapeJson
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };
}
