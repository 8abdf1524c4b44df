using System.Text.Json;
using Nplv.Measures.V1;

namespace Nplv.Gateway.Models;

/// <summary>A generated document of an annual report, downloaded at its address.</summary>
public sealed record AnnualReportDocumentDto(string Format, long SizeBytes, string Sha256, string Href);

/// <summary>
/// An annual report (voortgangsrapportage): what was asked, how far its generation is (<c>queued</c>,
/// <c>generating</c> with its progress, <c>ready</c> or <c>failed</c> with the reason), its documents, and once
/// ready, its content as generated. <c>asOf</c> is its peildatum: everything in it is as it stood then.
/// </summary>
public sealed record AnnualReportDto(
    string Id,
    int Year,
    string Scope,
    string? Theme,
    string? AreaCode,
    string Introduction,
    string State,
    int ProgressPercent,
    string Step,
    string? Error,
    ActorDto RequestedBy,
    DateTime CreatedAt,
    DateTime AsOf,
    DateTime? FinishedAt,
    IReadOnlyList<AnnualReportDocumentDto> Documents,
    JsonElement? Content)
{
    public static AnnualReportDto From(AnnualReport report) => new(
        report.Id,
        report.Year,
        report.Scope.ToJsonName(),
        report.Theme == Nplv.Measures.V1.Theme.Unspecified ? null : report.Theme.ToJsonName(),
        report.AreaCode.NullIfEmpty(),
        report.Introduction,
        report.State.ToJsonName(),
        report.ProgressPercent,
        report.Step,
        report.Error.NullIfEmpty(),
        ActorDto.From(report.RequestedBy),
        report.CreateTime.ToDateTime(),
        (report.AsOf ?? report.CreateTime).ToDateTime(),
        report.FinishTime?.ToDateTime(),
        [.. report.Documents.Select(d => new AnnualReportDocumentDto(
            d.Format.ToJsonName(), d.SizeBytes, d.Sha256, $"/api/v1/annual-reports/{report.Id}/documents/{d.Format.ToJsonName()}"))],
        report.ContentJson.Length == 0 ? null : JsonDocument.Parse(report.ContentJson).RootElement.Clone());
}
