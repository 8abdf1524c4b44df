using Nplv.Shared.Domain;

namespace Nplv.Indicators.Imports.Mapping;

/// <summary>
/// The mappings kept with the service (Imports/Mappings/*.json), read once at startup: a broken one stops the service
/// from starting rather than failing the first import that names it.
/// </summary>
public sealed class MappingCatalog
{
    private const string ResourcePrefix = "Nplv.Indicators.Imports.Mappings.";

    public MappingCatalog(IEnumerable<ImportMapping> mappings)
    {
        All = [.. mappings.OrderBy(m => m.Name, StringComparer.Ordinal).ThenByDescending(m => m.Version)];
        var twice = All.GroupBy(m => m.Label).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidOperationException($"The mapping {twice.Key} is defined more than once.");
        }
    }

    /// <summary>Every mapping, by name, the newest version of each name first.</summary>
    public IReadOnlyList<ImportMapping> All { get; }

    /// <summary>The mapping of that name and version (0 for the newest), or null when there is none.</summary>
    public ImportMapping? Find(string name, int version)
        => All.FirstOrDefault(m => m.Name == name && (version == 0 || m.Version == version));

    public static MappingCatalog LoadBuiltIn()
    {
        var assembly = typeof(MappingCatalog).Assembly;
        var mappings = new List<ImportMapping>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var validator = new Validator();
            var mapping = ImportMappingDocument.Parse(reader.ReadToEnd(), "mapping", validator);
            try
            {
                validator.ThrowIfInvalid();
            }
            catch (ValidationFailedException ex)
            {
                throw new InvalidOperationException($"The built-in mapping {resource[ResourcePrefix.Length..]} is invalid.", ex);
            }

            mappings.Add(mapping);
        }

        return new MappingCatalog(mappings);
    }
}
