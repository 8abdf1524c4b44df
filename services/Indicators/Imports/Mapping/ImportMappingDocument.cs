using System.Text.Json;
using System.Text.Json.Serialization;
using Nplv.Indicators.Domain;
using Nplv.Indicators.Imports.StatLine;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Imports.Mapping;

/// <summary>
/// Reads a mapping document (JSON):
/// <code>
/// { "name": "cbs-kwb-2016", "version": 1, "format": "cbs-odata-v3",
///   "source": "CBS 83487NED (Kerncijfers wijken en buurten 2016)", "status": "definitief", "year": 2016,
///   "columns": { "Woningvoorraad_31": { "indicator": "woningvoorraad", "unit": "aantal", "scale": 1 } },
///   "ignore": [ "Gemeentenaam_1", "SoortRegio_2" ] }
/// </code>
/// A table with more dimensions than area and period names the value to read of each (<c>"dimensions": { "Leeftijd":
/// "20300" }</c>); figures on another year's division name it (<c>"divisionYear": 2020</c>); a mapping of a StatLine
/// table may name its catalogue (<c>"catalog": "cbs-third-party"</c>); a mapping of a table's areas has
/// <c>"areas": { "validFrom": 2019, "validTo": 2024, "populationColumn": "AantalInwoners_5" }</c> instead of columns.
/// </summary>
public static class ImportMappingDocument
{
    private const int MaxTextLength = 500;
    private const int MaxNameLength = 100;
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static readonly IReadOnlyDictionary<string, ImportFormat> FormatNames = new Dictionary<string, ImportFormat>
    {
        ["cbs-odata-v3"] = ImportFormat.CbsODataV3,
        ["cbs-odata-v4"] = ImportFormat.CbsODataV4,
        ["leefbaarometer-csv"] = ImportFormat.LeefbaarometerCsv,
        ["long-csv"] = ImportFormat.LongCsv,
        ["statline-csv"] = ImportFormat.StatLineCsv,
    };

    /// <summary>The mapping, or the document's errors with <paramref name="field"/> before each field's name.</summary>
    public static ImportMapping Parse(string json, string field, Validator validator)
    {
        Document? document = null;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, Options);
        }
        catch (JsonException ex)
        {
            validator.Add(field, $"is not a mapping document: {ex.Message}");
            return Empty;
        }

        if (document is null)
        {
            validator.Add(field, "is empty");
            return Empty;
        }

        var format = document.Format is { } name && FormatNames.TryGetValue(name, out var known) ? known : (ImportFormat?)null;
        var status = EnumColumn.TryParse<ObservationStatus>(document.Status ?? "definitief");
        validator
            .RequireText(document.Name, field + ".name", MaxNameLength)
            .Require(document.Version >= 1, field + ".version", "must be 1 or more")
            .Require(format is not null, field + ".format", "must be one of " + string.Join(", ", FormatNames.Keys))
            .RequireText(document.Source, field + ".source", MaxTextLength)
            .OptionalText(document.Description, field + ".description", MaxTextLength)
            .Require(status is not null, field + ".status", "must be definitief or voorlopig")
            .Require(document.Year is null or (>= 1900 and <= 2100), field + ".year", "must be between 1900 and 2100")
            .Require(document.Year is null || document.PeriodColumn is null, field + ".year", "cannot be given with periodColumn")
            .Require(document.DivisionYear is null or (>= 1900 and <= 2100), field + ".divisionYear", "must be between 1900 and 2100");
        validator.Require(document.Table is null || StatLine.StatLineTable.IsTableId(document.Table), field + ".table",
            "must be a StatLine table identifier such as 50090NED or 85984NED");
        var catalog = StatLineCatalogNames.Parse(document.Catalog);
        validator.Require(document.Catalog is null || catalog is not null, field + ".catalog",
            "must be one of " + string.Join(", ", StatLineCatalogNames.All));

        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dimension, value) in document.Dimensions ?? [])
        {
            var dimensionField = $"{field}.dimensions.{dimension}";
            validator.OptionalText(dimension, dimensionField, MaxNameLength)
                .Require(ODataFilterText.IsSafe(dimension) && dimension.Length > 0, dimensionField, "must be a column name (letters, digits, '_')")
                .Require(value is { Length: > 0 and <= MaxNameLength } && ODataFilterText.IsSafe(value), dimensionField,
                    "must be one of the dimension's codes (letters, digits, '_')");
            dimensions[dimension] = value?.Trim() ?? "";
        }

        var areas = ReadAreas(document.Areas, field + ".areas", validator);

        var columns = new Dictionary<string, ColumnMapping>(StringComparer.Ordinal);
        foreach (var (column, mapping) in document.Columns ?? [])
        {
            var columnField = $"{field}.columns.{column}";
            if (mapping is null || string.IsNullOrWhiteSpace(mapping.Indicator) || string.IsNullOrWhiteSpace(mapping.Unit))
            {
                validator.Add(columnField, "needs an indicator and a unit");
                continue;
            }

            validator
                .OptionalText(column, columnField, MaxNameLength)
                .Require(double.IsFinite(mapping.Scale) && mapping.Scale != 0, columnField + ".scale", "must be a number other than 0");
            columns[column] = new ColumnMapping(mapping.Indicator.Trim(), mapping.Unit.Trim(), mapping.Scale, mapping.Signed);
        }

        if (areas is null)
        {
            validator.Require(columns.Count > 0 || format == ImportFormat.LongCsv, field + ".columns", "must map at least one column");
        }
        else
        {
            // One import writes one kind of record, so that all or nothing means the same for both.
            validator.Require(columns.Count == 0, field + ".columns", "cannot be given with areas: a mapping imports areas or figures")
                .Require(format is not ImportFormat.LongCsv and not ImportFormat.LeefbaarometerCsv, field + ".areas",
                    "reads CBS region rows: the format must be cbs-odata-v3, cbs-odata-v4 or statline-csv");
        }

        return new ImportMapping(
            document.Name?.Trim() ?? "", document.Version, format ?? ImportFormat.LongCsv, document.Source?.Trim() ?? "",
            document.Description?.Trim() ?? "", status ?? ObservationStatus.Definitief, document.AreaColumn, document.PeriodColumn,
            document.Year, columns, (document.Ignore ?? []).ToHashSet(StringComparer.Ordinal), json,
            dimensions, document.DivisionYear, catalog, areas, document.Table);
    }

    private static AreaMapping? ReadAreas(AreasDocument? areas, string field, Validator validator)
    {
        if (areas is null)
        {
            return null;
        }

        validator
            .Require(areas.ValidFrom is null or (>= 1900 and <= 2100), field + ".validFrom", "must be between 1900 and 2100")
            .Require(areas.ValidTo is null || areas.ValidFrom is not null, field + ".validTo", "needs validFrom")
            .Require(areas.ValidTo is null || areas.ValidTo >= areas.ValidFrom, field + ".validTo", "must not come before validFrom")
            .OptionalText(areas.PopulationColumn, field + ".populationColumn", MaxNameLength);
        return new AreaMapping(areas.ValidFrom, areas.ValidTo, areas.PopulationColumn?.Trim());
    }

    private static readonly ImportMapping Empty = new(
        "", 0, ImportFormat.LongCsv, "", "", ObservationStatus.Definitief, null, null, null,
        new Dictionary<string, ColumnMapping>(), new HashSet<string>(), "");

    private sealed record Document(
        string? Name,
        int Version,
        string? Format,
        string? Source,
        string? Description,
        string? Status,
        string? AreaColumn,
        string? PeriodColumn,
        int? Year,
        Dictionary<string, ColumnDocument?>? Columns,
        List<string>? Ignore,
        Dictionary<string, string?>? Dimensions = null,
        int? DivisionYear = null,
        string? Catalog = null,
        AreasDocument? Areas = null,
        string? Table = null);

    private sealed record AreasDocument(int? ValidFrom, int? ValidTo, string? PopulationColumn);

    private sealed record ColumnDocument(string? Indicator, string? Unit, double Scale = 1, bool Signed = false);
}
