using System.Text.Json.Nodes;

namespace Nplv.Deployment.Tests;

/// <summary>deploy/kubernetes as kustomize reads it: the kustomization and every object of the files it lists.</summary>
public sealed class KubernetesBase
{
    public static readonly string Directory = RepositoryFiles.PathOf("deploy", "kubernetes");

    private KubernetesBase(JsonNode kustomization, IReadOnlyList<string> files, IReadOnlyList<JsonNode> objects)
    {
        Kustomization = kustomization;
        Files = files;
        Objects = objects;
    }

    public JsonNode Kustomization { get; }

    /// <summary>The files <c>resources:</c> lists, as paths.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<JsonNode> Objects { get; }

    public static KubernetesBase Load()
    {
        var kustomization = Yaml.ReadDocument(Path.Combine(Directory, "kustomization.yaml"));
        var files = kustomization["resources"].Items().Select(file => Path.Combine(Directory, file.Text()!)).ToList();
        var objects = files.Where(File.Exists).SelectMany(Yaml.ReadDocuments).ToList();
        return new KubernetesBase(kustomization, files, objects);
    }

    public IEnumerable<JsonNode> OfKind(string kind) => Objects.Where(item => item["kind"].Text() == kind);

    public JsonNode? Find(string kind, string name) => OfKind(kind).SingleOrDefault(item => item["metadata"]?["name"].Text() == name);

    /// <summary>The Deployment's container of the same name (or its only one).</summary>
    public static JsonNode? Container(JsonNode deployment)
    {
        var containers = deployment["spec"]?["template"]?["spec"]?["containers"].Items().ToList() ?? [];
        var name = deployment["metadata"]?["name"].Text();
        return containers.SingleOrDefault(container => container["name"].Text() == name) ?? (containers.Count == 1 ? containers[0] : null);
    }

    public static IEnumerable<JsonNode> Env(JsonNode container) => container["env"].Items();

    public static JsonNode? EnvVar(JsonNode container, string name) => Env(container).SingleOrDefault(item => item["name"].Text() == name);

    /// <summary>The number a container port (by number, or by the name of one of the container's ports) stands for.</summary>
    public static int? PortNumber(JsonNode container, JsonNode? port)
    {
        var text = port.Text();
        if (int.TryParse(text, out var number))
        {
            return number;
        }

        var named = container["ports"].Items().SingleOrDefault(item => item["name"].Text() == text);
        return int.TryParse(named?["containerPort"].Text(), out number) ? number : null;
    }
}
