using Google.Protobuf.WellKnownTypes;
using Nplv.Indicators.Imports;
using Nplv.Indicators.Imports.Mapping;
using Nplv.Indicators.Imports.StatLine;
using Proto = Nplv.Indicators.V1;

namespace Nplv.Indicators.Imports.Grpc;

internal static class ImportProtoMapping
{
    public static ImportFormat? ToDomain(this Proto.ImportFormat format) => format switch
    {
        Proto.ImportFormat.CbsOdataV3 => ImportFormat.CbsODataV3,
        Proto.ImportFormat.CbsOdataV4 => ImportFormat.CbsODataV4,
        Proto.ImportFormat.LeefbaarometerCsv => ImportFormat.LeefbaarometerCsv,
        Proto.ImportFormat.LongCsv => ImportFormat.LongCsv,
        Proto.ImportFormat.StatlineCsv => ImportFormat.StatLineCsv,
        _ => null,
    };

    public static Proto.ImportFormat ToProto(this ImportFormat format) => format switch
    {
        ImportFormat.CbsODataV3 => Proto.ImportFormat.CbsOdataV3,
        ImportFormat.CbsODataV4 => Proto.ImportFormat.CbsOdataV4,
        ImportFormat.LeefbaarometerCsv => Proto.ImportFormat.LeefbaarometerCsv,
        ImportFormat.StatLineCsv => Proto.ImportFormat.StatlineCsv,
        _ => Proto.ImportFormat.LongCsv,
    };

    public static StatLineCatalog? ToDomain(this Proto.StatLineCatalog catalog) => catalog switch
    {
        Proto.StatLineCatalog.Cbs => StatLineCatalog.Cbs,
        Proto.StatLineCatalog.CbsThirdParty => StatLineCatalog.CbsThirdParty,
        Proto.StatLineCatalog.CbsV4 => StatLineCatalog.CbsV4,
        _ => null,
    };

    public static Proto.StatLineCatalog ToProto(this StatLineCatalog catalog) => catalog switch
    {
        StatLineCatalog.Cbs => Proto.StatLineCatalog.Cbs,
        StatLineCatalog.CbsThirdParty => Proto.StatLineCatalog.CbsThirdParty,
        _ => Proto.StatLineCatalog.CbsV4,
    };

    public static ImportState? ToDomain(this Proto.ImportState state) => state switch
    {
        Proto.ImportState.Running => ImportState.Running,
        Proto.ImportState.Succeeded => ImportState.Succeeded,
        Proto.ImportState.Failed => ImportState.Failed,
        _ => null,
    };

    public static Proto.Import ToProto(this ImportRecord import)
    {
        var proto = new Proto.Import
        {
            ImportId = import.Id.ToString(),
            State = import.State switch
            {
                ImportState.Running => Proto.ImportState.Running,
                ImportState.Succeeded => Proto.ImportState.Succeeded,
                _ => Proto.ImportState.Failed,
            },
            Format = import.Format.ToProto(),
            FileName = import.FileName,
            Mapping = import.Mapping,
            BytesRead = import.Counts.BytesRead,
            RowsRead = import.Counts.RowsRead,
            RowsRejected = import.Counts.RowsRejected,
            ObservationsRead = import.Counts.ObservationsRead,
            ValuesMissing = import.Counts.ValuesMissing,
            ObservationsWritten = import.Counts.ObservationsWritten,
            ObservationsUnchanged = import.Counts.ObservationsUnchanged,
            AreasWritten = import.Counts.AreasWritten,
            AreasUnchanged = import.Counts.AreasUnchanged,
            StartTime = Timestamp.FromDateTimeOffset(import.StartedAt),
            UpdateTime = Timestamp.FromDateTimeOffset(import.UpdatedAt),
        };
        proto.Errors.AddRange(import.Errors.Select(ToProto));
        proto.Warnings.AddRange(import.Warnings.Select(ToProto));
        if (import.EndedAt is { } ended)
        {
            proto.EndTime = Timestamp.FromDateTimeOffset(ended);
        }

        if (import.StatLine is { } read)
        {
            proto.Statline = new Proto.StatLineRead
            {
                Table = read.Table,
                Catalog = read.Catalog.ToProto(),
                Title = read.Title,
                Query = read.Query,
                Pages = read.Pages,
                TableModified = read.TableModified is { } modified ? Timestamp.FromDateTimeOffset(modified) : null,
            };
        }

        return proto;
    }

    public static Proto.ImportMapping ToProto(this ImportMapping mapping) => new()
    {
        Name = mapping.Name,
        Version = mapping.Version,
        Format = mapping.Format.ToProto(),
        Source = mapping.Source,
        Description = mapping.Description,
        Document = mapping.Document,
        Table = mapping.Table ?? "",
        Catalog = mapping.Table is null ? Proto.StatLineCatalog.Unspecified : (mapping.Catalog ?? StatLine.StatLineCatalog.Cbs).ToProto(),
    };

    private static Proto.ImportIssue ToProto(ImportIssue issue) => new()
    {
        Kind = issue.Kind,
        Message = issue.Message,
        Line = issue.Line,
        Field = issue.Field,
        Count = issue.Count,
    };
}
