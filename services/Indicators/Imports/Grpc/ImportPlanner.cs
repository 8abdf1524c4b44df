using Nplv.Indicators.Imports.Data;
using Nplv.Indicators.Imports;
using Nplv.Indicators.Imports.Formats;
using Nplv.Indicators.Imports.Mapping;
using ImportSettings = Nplv.Indicators.V1.ImportSettings;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Imports.Grpc;

/// <summary>
/// Checks an import's settings before any of the file is read: its id, its format, its mapping (one the service
/// knows or one sent with it) and that every indicator the mapping names exists with the unit it says.
/// </summary>
public sealed class ImportPlanner(MappingCatalog catalog, ImportReferenceStore referenceStore)
{
    private const int MaxFileNameLength = 500;
    private const int MaxMappingDocumentLength = 1024 * 1024;
    private const int MaxMetadataBytes = 4 * 1024 * 1024;

    public async Task<ImportPlan> PlanAsync(ImportSettings settings, CancellationToken cancellationToken)
    {
        var validator = new Validator("settings.");
        validator.RequireUuid(settings.ImportId, "import_id", out var id)
            .OptionalText(settings.FileName, "file_name", MaxFileNameLength);
        var format = settings.Format.ToDomain();
        validator.Require(format is not null, "format", "must be one of " + string.Join(", ", ImportFormatNames.All));

        var (mapping, mappingField) = FindMapping(settings, format, validator);
        validator.Require(settings.Year is 0 or (>= 1900 and <= 2100), "year", "must be between 1900 and 2100, or 0")
            .Require(settings.Year == 0 || mapping is not null, "year", "needs a mapping")
            .Require(settings.Year == 0 || mapping?.Year is null, "year", $"is given by mapping '{mapping?.Label}' already");
        if (settings.Year != 0 && mapping is { Year: null })
        {
            mapping = mapping with { Year = settings.Year };
        }

        var metadata = ReadMetadata(settings, format, validator);
        validator.ThrowIfInvalid();

        foreach (var twice in (mapping?.Columns ?? new Dictionary<string, ColumnMapping>())
                     .GroupBy(column => column.Value.Indicator).Where(group => group.Count() > 1))
        {
            // Each record would give the indicator twice for the same area and year.
            validator.Add($"{mappingField}.columns", $"columns {string.Join(", ", twice.Select(c => c.Key))} all map to indicator '{twice.Key}'");
        }

        foreach (var dimension in metadata?.Columns.Values.Where(c => c.IsOtherDimension) ?? [])
        {
            validator.Require(mapping?.DimensionValues.ContainsKey(dimension.Key) != false, $"{mappingField}.dimensions",
                $"the table has a row per {dimension.Title} ('{dimension.Key}'): the mapping must choose the value to import, " +
                $"as \"dimensions\": {{ \"{dimension.Key}\": \"...\" }}");
        }

        validator.ThrowIfInvalid();
        var references = await referenceStore.ReadAsync(cancellationToken);
        foreach (var (column, target) in mapping?.Columns ?? new Dictionary<string, ColumnMapping>())
        {
            var field = $"{mappingField}.columns.{column}";
            if (!references.IndicatorUnits.TryGetValue(target.Indicator, out var unit))
            {
                validator.Add(field + ".indicator", $"names indicator '{target.Indicator}', which does not exist");
            }
            else if (!string.Equals(unit, target.Unit, StringComparison.OrdinalIgnoreCase))
            {
                validator.Add(field + ".unit", $"is '{target.Unit}', but indicator '{target.Indicator}' is measured in '{unit}'");
            }
        }

        validator.ThrowIfInvalid();
        return new ImportPlan(id, format!.Value, settings.FileName.Trim(), mapping, references, metadata);
    }

    private static SourceMetadata? ReadMetadata(ImportSettings settings, ImportFormat? format, Validator validator)
    {
        if (settings.Metadata.IsEmpty)
        {
            return null;
        }

        if (format?.IsCbs() != true)
        {
            validator.Add("metadata", "applies only to CBS tables (their DataProperties or MeasureCodes)");
            return null;
        }

        if (settings.Metadata.Length > MaxMetadataBytes)
        {
            validator.Add("metadata", $"must be at most {MaxMetadataBytes} bytes");
            return null;
        }

        try
        {
            return SourceMetadata.Parse(format.Value, settings.Metadata.Span);
        }
        catch (ImportFileException ex)
        {
            validator.Add("metadata", ex.Message);
            return null;
        }
    }

    private (ImportMapping? Mapping, string Field) FindMapping(ImportSettings settings, ImportFormat? format, Validator validator)
    {
        var name = settings.MappingName.Trim();
        var document = settings.MappingDocument;
        if (name.Length > 0 && document.Length > 0)
        {
            validator.Add("mapping_document", "cannot be given with mapping_name: send one of them");
            return (null, "");
        }

        ImportMapping? mapping = null;
        var field = "mapping_name";
        if (name.Length > 0)
        {
            validator.Require(settings.MappingVersion >= 0, "mapping_version", "must be 0 (the newest) or a version");
            mapping = catalog.Find(name, settings.MappingVersion);
            if (mapping is null)
            {
                validator.Add("mapping_name", settings.MappingVersion == 0
                    ? $"no mapping '{name}'"
                    : $"no mapping '{name}' with version {settings.MappingVersion}");
                return (null, field);
            }
        }
        else if (document.Length > 0)
        {
            field = "mapping_document";
            if (document.Length > MaxMappingDocumentLength)
            {
                validator.Add(field, $"must be at most {MaxMappingDocumentLength} characters");
                return (null, field);
            }

            var before = validator.IsValid;
            mapping = ImportMappingDocument.Parse(document, field, validator);
            if (before && !validator.IsValid)
            {
                return (null, field);
            }
        }
        else
        {
            validator.Require(format is null or ImportFormat.LongCsv, "mapping_name",
                "is required for this format (or send a mapping_document)");
            return (null, field);
        }

        validator.Require(format is null || mapping.Format.Reads(format.Value), field,
            $"mapping '{mapping.Label}' is for {mapping.Format.Name()} files, not {format?.Name()}");
        return (mapping, field);
    }
}
