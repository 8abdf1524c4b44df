using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Nplv.Shared.History;

/// <summary>
/// A record as it stood at an earlier moment, found from its present state by undoing, newest first, the changes its
/// history recorded after that moment. Each change holds every changed field's value before it, named as
/// <see cref="FieldChanges"/> names them, so putting those back gives the record as it was.
/// </summary>
public static class AsItStood
{
    /// <summary>
    /// <paramref name="current"/> at <paramref name="moment"/>; null when it was created after it. Changes of other
    /// records and those recorded at or before the moment are passed over, and so are the <paramref name="ignored"/>
    /// fields: those a store records in its own words (a report's files, by name) rather than as the record's field.
    /// </summary>
    public static T? Rewind<T>(T current, RecordKey record, IEnumerable<RecordedChange> changes, DateTime moment, params string[] ignored)
        where T : class
    {
        var undone = changes
            .Where(change => change.Record == record && change.ChangedAt > moment)
            .OrderByDescending(change => change.Sequence)
            .ToList();
        if (undone.Count == 0)
        {
            return current;
        }

        var state = JsonSerializer.SerializeToNode(current, FieldChanges.Json)!.AsObject();
        foreach (var change in undone)
        {
            if (change.Action == HistoryEntry.CreatedAction)
            {
                return null;
            }

            foreach (var field in change.Fields.Where(field => !FieldChanges.IsAmong(field.Field, ignored)))
            {
                PutBack(state, field.Field.Split('.'), field.Before);
            }
        }

        return state.Deserialize<T>(Json);
    }

    private static readonly JsonSerializerOptions Json = new(FieldChanges.Json) { Converters = { new NoTextAsEmpty() } };

    private static void PutBack(JsonObject state, string[] path, string? before)
    {
        var parent = state;
        foreach (var name in path[..^1])
        {
            if (parent[name] is not JsonObject nested)
            {
                // A nested object that did not exist then (or a field the record no longer has) is left as it is.
                return;
            }

            parent = nested;
        }

        var leaf = path[^1];
        if (!parent.ContainsKey(leaf))
        {
            return;
        }

        parent[leaf] = before is null ? EmptyLike(parent[leaf]) : JsonNode.Parse(before);
    }

    // The history records an empty text and an empty list as no value (FieldChanges): a list put back is empty, and
    // a text put back as no value reads as empty text (NoTextAsEmpty), while an enum or a date stays without one.
    private static JsonNode? EmptyLike(JsonNode? now) => now is JsonArray ? new JsonArray() : null;

    private sealed class NoTextAsEmpty : JsonConverter<string>
    {
        public override bool HandleNull => true;

        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.Null ? "" : reader.GetString()!;

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
