using Nplv.Shared.Domain;

namespace Nplv.Indicators.Import.Mapping;

/// <summary>The mappings that come with the service (Import/Mappings/*.json), read once at startup.</summary>
public sealed class MappingCatalog
{
    public MappingCatalog()
    {
        var assembly = typeof(MappingCatalog).Assembly;
        var mappings = new List<ImportMapping>();
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(name => name.Contains(".Import.Mappings.", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var validator = new Validator();
            var mapping = ImportMappingDocument.Parse(reader.ReadToEnd(), resource, validator);
            validator.ThrowIfInvalid();
            mappings.Add(mapping);
        }

        All = [.. mappings.OrderBy(m => m.Name, StringComparer.Ordinal).ThenByDescending(m => m.Version)];
    }

    /// <summary>Every mapping, by name, newest version first.</summary>
    public IReadOnlyList<ImportMapping> All { get; }

    /// <summary>The mapping with this name and version (0: its newest), or null.</summary>
    public ImportMapping? Find(string name, int version)
        => All.FirstOrDefault(m => m.Name == name && (version == 0 || m.Version == version));
}
