using System.Text.Json;
using Nplv.Measures.Data;
using Nplv.Measures.Domain;
using Nplv.Measures.Reports;
using Nplv.Shared.Data;

namespace Nplv.Measures.AnnualReports.Data;

/// <summary>An annual_reports row as read; who asked travels as JSON.</summary>
internal sealed class AnnualReportRow
{
    public const string Columns =
        "id AS Id, year AS Year, scope AS Scope, theme AS Theme, area_code AS AreaCode, introduction AS Introduction, " +
        "state AS State, progress_percent AS ProgressPercent, step AS Step, error AS Error, requested_by::text AS RequestedBy, " +
        "created_at AS CreatedAt, finished_at AS FinishedAt, as_of AS AsOf, " +
        "(SELECT coalesce(jsonb_agg(jsonb_build_object('format', d.format, 'sizeBytes', d.size_bytes, 'sha256', d.sha256) ORDER BY d.format), '[]')::text " +
        "FROM annual_report_documents d WHERE d.report_id = annual_reports.id) AS Documents";

    public Guid Id { get; init; }
    public int Year { get; init; }
    public string Scope { get; init; } = "";
    public string? Theme { get; init; }
    public string? AreaCode { get; init; }
    public string Introduction { get; init; } = "";
    public string State { get; init; } = "";
    public int ProgressPercent { get; init; }
    public string Step { get; init; } = "";
    public string Error { get; init; } = "";
    public string RequestedBy { get; init; } = "{}";
    public DateTime CreatedAt { get; init; }
    public DateTime? FinishedAt { get; init; }
    public DateTime? AsOf { get; init; }
    public string Documents { get; init; } = "[]";
    public string? Content { get; init; }

    public AnnualReport ToReport() => new(
        Id,
        new AnnualReportRequest(
            Year,
            EnumColumn.Parse<AnnualReportScope>(Scope),
            Theme is null ? null : EnumColumn.Parse<Theme>(Theme),
            AreaCode,
            Introduction,
            AsOf),
        EnumColumn.Parse<AnnualReportState>(State),
        ProgressPercent,
        Step,
        Error,
        JsonSerializer.Deserialize<Actor>(RequestedBy, RowJson.Options)!,
        CreatedAt,
        FinishedAt,
        JsonSerializer.Deserialize<List<AnnualReportDocument>>(Documents, RowJson.Options)!,
        Content);
}
