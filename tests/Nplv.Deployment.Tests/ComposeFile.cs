using System.Text.Json.Nodes;

namespace Nplv.Deployment.Tests;

/// <summary>deploy/compose/compose.yaml, its merge keys resolved as compose resolves them.</summary>
public static class ComposeFile
{
    public static readonly string Directory = RepositoryFiles.PathOf("deploy", "compose");

    public static JsonNode Load() => Yaml.ReadDocument(Path.Combine(Directory, "compose.yaml"));

    public static JsonNode? Service(JsonNode compose, string name) => compose["services"]?[name];

    /// <summary>The service's environment, from either the map or the list form.</summary>
    public static IReadOnlyDictionary<string, string> Environment(JsonNode service) => service["environment"] switch
    {
        JsonObject map => map.ToDictionary(entry => entry.Key, entry => entry.Value.Text() ?? ""),
        JsonArray list => list.Select(item => item.Text() ?? "").Select(item => item.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : ""),
        _ => new Dictionary<string, string>(),
    };

    /// <summary>The container ports the service exposes to the others or publishes on the host.</summary>
    public static IEnumerable<int> ContainerPorts(JsonNode service)
        => service["expose"].Items().Concat(service["ports"].Items())
            .Select(item => item.Text() ?? item["target"].Text() ?? "")
            .Select(text => text.Split('/')[0].Split(':')[^1])
            .Select(port => int.TryParse(port, out var number) ? number : -1);
}
