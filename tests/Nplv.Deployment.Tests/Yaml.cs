using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Nplv.Deployment.Tests;

/// <summary>YAML read as JSON nodes (every scalar a string), merge keys (<c>&lt;&lt;: *anchor</c>) resolved.</summary>
public static class Yaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static IReadOnlyList<JsonNode> ReadDocuments(string path)
    {
        using var reader = new StreamReader(path);
        var parser = new MergingParser(new Parser(reader));
        parser.Consume<StreamStart>();
        var documents = new List<JsonNode>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (ToNode(Deserializer.Deserialize<object?>(parser)) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public static JsonNode ReadDocument(string path) => ReadDocuments(path).Single();

    public static string? Text(this JsonNode? node) => node is JsonValue value ? value.GetValue<string>() : null;

    public static IEnumerable<JsonNode> Items(this JsonNode? node)
        => node is JsonArray array ? array.OfType<JsonNode>() : [];

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        IDictionary<object, object?> map => new JsonObject(map.Select(entry =>
            KeyValuePair.Create(entry.Key.ToString()!, ToNode(entry.Value)))),
        IList<object?> list => new JsonArray(list.Select(ToNode).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
