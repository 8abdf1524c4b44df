using Google.Protobuf.WellKnownTypes;
using Nplv.Indicators.Imports;
using Nplv.Indicators.Imports.Mapping;
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
        _ => null,
    };

    public static Proto.ImportFormat ToProto(this ImportFormat format) => format switch
    {
        ImportFormat.CbsODataV3 => Proto.ImportFormat.CbsOdataV3,
        ImportFormat.CbsODataV4 => Proto.ImportFormat.CbsOdataV4,
        ImportFormat.LeefbaarometerCsv => Proto.ImportFormat.LeefbaarometerCsv,
        _ => Proto.ImportFormat.LongCsv,
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
            StartTime = Timestamp.FromDateTimeOffset(import.StartedAt),
            UpdateTime = Timestamp.FromDateTimeOffset(import.UpdatedAt),
        };
        proto.Errors.AddRange(import.Errors.Select(ToProto));
        proto.Warnings.AddRange(import.Warnings.Select(ToProto));
        if (import.EndedAt is { } ended)
        {
            proto.EndTime = Timestamp.FromDateTimeOffset(ended);
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
