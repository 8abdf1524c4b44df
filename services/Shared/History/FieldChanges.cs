using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Nplv.Shared.History;

/// <summary>
/// The fields that differ between two states of a record. Both are serialized as the API names them (camelCase,
/// enums as their snake_case names), nested objects are followed to their fields ("content.done"), and lists are
/// compared whole. Keys and bookkeeping (id, version, times) are never part of a change.
/// </summary>
public static class FieldChanges
{
    private static readonly string[] Bookkeeping = ["id", "requestId", "version", "createdAt", "updatedAt"];

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static IReadOnlyList<FieldChange> Between<T>(T? before, T? after, params string[] ignored)
    {
        var old = Flatten(before is null ? null : JsonSerializer.SerializeToNode(before, Json));
        var now = Flatten(after is null ? null : JsonSerializer.SerializeToNode(after, Json));
        var changes = new List<FieldChange>();
        foreach (var field in old.Keys.Union(now.Keys))
        {
            if (Bookkeeping.Contains(field) || IsAmong(field, ignored))
            {
                continue;
            }

            var was = Text(old.GetValueOrDefault(field));
            var becomes = Text(now.GetValueOrDefault(field));
            if (was != becomes)
            {
                changes.Add(new FieldChange(field, was, becomes));
            }
        }

        return changes;
    }

    /// <summary>Whether <paramref name="field"/> is one of <paramref name="names"/> or nested in one of them.</summary>
    internal static bool IsAmong(string field, IReadOnlyCollection<string> names)
        => names.Any(name => field == name || field.StartsWith(name + ".", StringComparison.Ordinal));

    private static Dictionary<string, JsonNode?> Flatten(JsonNode? node)
    {
        var fields = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (node is JsonObject root)
        {
            Add(root, "", fields);
        }

        return fields;
    }

    private static void Add(JsonObject parent, string prefix, Dictionary<string, JsonNode?> fields)
    {
        foreach (var (name, value) in parent)
        {
            if (value is JsonObject nested)
            {
                Add(nested, prefix + name + ".", fields);
            }
            else
            {
                fields[prefix + name] = value;
            }
        }
    }

    // Empty text, an empty list and no value read alike: "" -> "x" is shown as a field gaining a value.
    private static string? Text(JsonNode? value)
        => value switch
        {
            null => null,
            JsonValue text when text.TryGetValue<string>(out var s) && s.Length == 0 => null,
            JsonArray { Count: 0 } => null,
            _ => value.ToJsonString(Json),
        };
}
