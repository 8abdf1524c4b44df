using Nplv.Measures.Grpc;
using Nplv.Measures.Reports.Grpc;
using Nplv.Shared.Grpc;
using Proto = Nplv.Measures.V1;

namespace Nplv.Measures.AnnualReports.Grpc;

internal static class AnnualReportMapping
{
    public static Proto.AnnualReport ToProto(this AnnualReport report) => new()
    {
        Id = report.Id.ToString(),
        Year = report.Request.Year,
        Scope = report.Request.Scope.ToProto(),
        Theme = report.Request.Theme?.ToProto() ?? Proto.Theme.Unspecified,
        AreaCode = report.Request.AreaCode ?? "",
        Introduction = report.Request.Introduction,
        State = report.State.ToProto(),
        ProgressPercent = report.ProgressPercent,
        Step = report.Step,
        Error = report.Error,
        RequestedBy = report.RequestedBy.ToProto(),
        CreateTime = report.CreatedAt.ToUtcTimestamp(),
        FinishTime = report.FinishedAt?.ToUtcTimestamp(),
        Documents = { report.Documents.Select(document => document.ToProto()) },
        ContentJson = report.ContentJson ?? "",
        AsOf = report.AsOf.ToUtcTimestamp(),
    };

    public static Proto.AnnualReportDocument ToProto(this AnnualReportDocument document)
        => new() { Format = document.Format.ToProto(), SizeBytes = document.SizeBytes, Sha256 = document.Sha256 };

    public static Proto.AnnualReportScope ToProto(this AnnualReportScope scope) => scope switch
    {
        AnnualReportScope.Programme => Proto.AnnualReportScope.Programme,
        AnnualReportScope.Theme => Proto.AnnualReportScope.Theme,
        AnnualReportScope.Wijk => Proto.AnnualReportScope.Wijk,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public static AnnualReportScope? ToDomain(this Proto.AnnualReportScope scope) => scope switch
    {
        Proto.AnnualReportScope.Programme => AnnualReportScope.Programme,
        Proto.AnnualReportScope.Theme => AnnualReportScope.Theme,
        Proto.AnnualReportScope.Wijk => AnnualReportScope.Wijk,
        _ => null,
    };

    public static Proto.AnnualReportState ToProto(this AnnualReportState state) => state switch
    {
        AnnualReportState.Queued => Proto.AnnualReportState.Queued,
        AnnualReportState.Generating => Proto.AnnualReportState.Generating,
        AnnualReportState.Ready => Proto.AnnualReportState.Ready,
        AnnualReportState.Failed => Proto.AnnualReportState.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static Proto.AnnualReportFormat ToProto(this AnnualReportFormat format) => format switch
    {
        AnnualReportFormat.Docx => Proto.AnnualReportFormat.Docx,
        AnnualReportFormat.Pdf => Proto.AnnualReportFormat.Pdf,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static AnnualReportFormat? ToDomain(this Proto.AnnualReportFormat format) => format switch
    {
        Proto.AnnualReportFormat.Docx => AnnualReportFormat.Docx,
        Proto.AnnualReportFormat.Pdf => AnnualReportFormat.Pdf,
        _ => null,
    };
}
