using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nplv.Measures.Data;

/// <summary>How the measures' database keeps lists and records in jsonb columns: camelCase, enums as snake_case names.</summary>
internal static class RowJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
