using System.Text.RegularExpressions;
using Google.Protobuf;
using Nplv.Indicators.Imports.Grpc;
using Nplv.Indicators.Imports.Mapping;
using Nplv.Shared.Domain;
using Proto = Nplv.Indicators.V1;

namespace Nplv.Indicators.Imports.StatLine;

/// <summary>
/// Plans an import straight from StatLine: checks the table, region and catalogue, finds the mapping, then reads
/// the table's description, metadata and area titles from StatLine and plans the import as a file of that table
/// would be planned. Nothing is recorded until this succeeds, so a StatLine that cannot be reached is an answer
/// (Unavailable) the caller may simply retry with the same import id.
/// </summary>
public sealed partial class StatLineImportPlanner(ImportPlanner planner, MappingCatalog catalog, StatLineClient client)
{
    public async Task<(ImportPlan Plan, StatLineTable Table, StatLineRead Read)> PlanAsync(
        Proto.ImportFromStatLineRequest request, CancellationToken cancellationToken)
    {
        var settings = request.Settings ?? new Proto.ImportSettings();
        var validator = new Validator()
            .Require(request.Settings is not null, "settings", "is required")
            .Require(StatLineTable.IsTableId(request.Table), "table", "must be a StatLine table identifier such as 50090NED or 85984NED")
            .Require(GemeenteCode().IsMatch(request.Region), "region", "must be a gemeente code such as GM0014")
            .Require(request.Catalog is Proto.StatLineCatalog.Unspecified || request.Catalog.ToDomain() is not null, "catalog",
                "must be cbs, cbs-third-party or cbs-v4")
            .Require(settings.FileName.Length == 0, "settings.file_name", "is not used for an import from StatLine: leave it empty")
            .Require(settings.Metadata.IsEmpty, "settings.metadata", "is read from StatLine: leave it empty")
            .Require(settings.MappingName.Trim().Length > 0 || settings.MappingDocument.Length > 0, "settings.mapping_name",
                "is required: the mapping says which of the table's columns become which indicators (or areas)");
        validator.ThrowIfInvalid();

        var tableCatalog = request.Catalog.ToDomain() ?? MappingCatalogue(settings) ?? StatLineCatalog.Cbs;
        var format = settings.Format.ToDomain();
        validator.Require(settings.Format == Proto.ImportFormat.Unspecified || format == tableCatalog.Format(), "settings.format",
            $"must be left out or be {tableCatalog.Format().Name()}: the {tableCatalog.Name()} catalogue serves that format");
        validator.ThrowIfInvalid();

        // The mapping's own checks first: a mapping that cannot be used needs no call to StatLine.
        var fileSettings = settings.Clone();
        fileSettings.Format = tableCatalog.Format().ToProto();
        fileSettings.FileName = $"StatLine {request.Table}";
        var mappingOnly = await planner.PlanAsync(fileSettings, cancellationToken);
        var madeFor = mappingOnly.Mapping!.Table;
        validator.Require(madeFor is null || string.Equals(madeFor, request.Table, StringComparison.OrdinalIgnoreCase), "table",
            $"must be {madeFor}: mapping '{mappingOnly.Mapping.Label}' is made for that table's columns");
        validator.ThrowIfInvalid();
        var table = new StatLineTable(tableCatalog, request.Table, request.Region, mappingOnly.Mapping!.DimensionValues);

        var (title, modified) = await client.DescribeAsync(table, cancellationToken);
        fileSettings.Metadata = ByteString.CopyFrom(await client.MetadataAsync(table, cancellationToken));
        var titles = await client.AreaTitlesAsync(table, cancellationToken);
        var plan = await planner.PlanAsync(fileSettings, cancellationToken);
        var read = new StatLineRead(table.Table, tableCatalog, title, modified, client.Address(table, table.RowsPath, table.Filter).ToString(), 0);
        return (plan with
        {
            AreaTitles = titles,
            SourceDetail = $"StatLine {table.Table} ({title})" + (modified is { } date ? $", tabel gewijzigd {date:yyyy-MM-dd}" : ""),
        }, table, read);
    }

    private StatLineCatalog? MappingCatalogue(Proto.ImportSettings settings)
        => settings.MappingName.Trim() is { Length: > 0 } name ? catalog.Find(name, settings.MappingVersion)?.Catalog : null;

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GemeenteCode();
}
