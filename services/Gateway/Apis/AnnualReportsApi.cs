using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.AnnualReports;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Http;
using Nplv.Gateway.Models;
using Nplv.Measures.V1;

namespace Nplv.Gateway.Apis;

public static class AnnualReportsApi
{
    public static RouteGroupBuilder MapAnnualReportsApi(this RouteGroupBuilder v1)
    {
        var reports = v1.MapGroup("/annual-reports").WithTags("Annual reports");

        reports.MapPost("/", StartAnnualReport).WithName(nameof(StartAnnualReport)).ProducesWriteProblems()
            .WithSummary("Asks for an annual report (programme office): 202 at once, made in the background; follow it at its Location")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        // Read signed in, like the progress reports whose approved texts they hold, until the office publishes one.
        reports.MapGet("/", ListAnnualReports).WithName(nameof(ListAnnualReports)).ProducesReadProblems()
            .WithSummary("The annual reports, newest first, without their content (signed in)")
            .RequireAuthorization(GatewayPolicies.Editor);
        reports.MapGet("/{id}", GetAnnualReport).WithName(nameof(GetAnnualReport)).ProducesReadProblems()
            .WithSummary("An annual report: its progress while it is made, its documents and content once ready (signed in)")
            .RequireAuthorization(GatewayPolicies.Editor);
        reports.MapGet("/{id}/documents/{format}", DownloadAnnualReport).WithName(nameof(DownloadAnnualReport)).ProducesReadProblems()
            .WithSummary("An annual report's document, as docx (Word, to finish) or pdf (signed in)")
            .RequireAuthorization(GatewayPolicies.Editor)
            .Produces(StatusCodes.Status200OK, contentType: DocxContentType)
            .Produces(StatusCodes.Status200OK, contentType: PdfContentType);
        return v1;
    }

    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string PdfContentType = "application/pdf";

    /// <summary>A document of many megabytes may take longer than the usual call's deadline.</summary>
    private static readonly TimeSpan DownloadDeadline = TimeSpan.FromMinutes(1);

    public static async Task<Results<Accepted<AnnualReportDto>, ValidationProblem>> StartAnnualReport(
        AnnualReportInput input,
        HttpContext context,
        AnnualReportsService.AnnualReportsServiceClient reports,
        AnnualReportSignal signal,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var requestId = IdempotencyKeys.RequestIdFor(context, "annual-reports", errors);
        var request = input.ToRequest(requestId, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var report = await reports.StartAnnualReportAsync(request, cancellationToken: cancellationToken);
        signal.Queued();
        return TypedResults.Accepted($"/api/v1/annual-reports/{report.Id}", AnnualReportDto.From(report));
    }

    public static async Task<Ok<Page<AnnualReportDto>>> ListAnnualReports(
        [AsParameters] PageQuery page, AnnualReportsService.AnnualReportsServiceClient reports, CancellationToken cancellationToken)
    {
        var response = await reports.ListAnnualReportsAsync(
            new ListAnnualReportsRequest { PageSize = page.PageSize ?? 0, PageToken = page.PageToken ?? "" }, cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Reports, AnnualReportDto.From, response.NextPageToken));
    }

    public static async Task<Ok<AnnualReportDto>> GetAnnualReport(
        string id, AnnualReportsService.AnnualReportsServiceClient reports, CancellationToken cancellationToken)
        => TypedResults.Ok(AnnualReportDto.From(await reports.GetAnnualReportAsync(new GetAnnualReportRequest { Id = id }, cancellationToken: cancellationToken)));

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> DownloadAnnualReport(
        string id, string format, AnnualReportsService.AnnualReportsServiceClient reports, CancellationToken cancellationToken)
    {
        if (!EnumNames.TryParseJsonName<AnnualReportFormat>(format, out var documentFormat))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["must be docx or pdf"] });
        }

        var report = await reports.GetAnnualReportAsync(new GetAnnualReportRequest { Id = id, WithoutContent = true }, cancellationToken: cancellationToken);
        using var call = reports.DownloadAnnualReport(
            new DownloadAnnualReportRequest { Id = id, Format = documentFormat },
            deadline: DateTime.UtcNow.Add(DownloadDeadline),
            cancellationToken: cancellationToken);
        using var content = new MemoryStream();
        await foreach (var part in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            if (part.PartCase == DownloadAnnualReportResponse.PartOneofCase.Data)
            {
                part.Data.WriteTo(content);
            }
        }

        var fileName = $"voortgangsrapportage-{report.Year}-{FileNamePart(report)}.{format.ToLowerInvariant()}";
        return TypedResults.File(content.ToArray(), documentFormat == AnnualReportFormat.Docx ? DocxContentType : PdfContentType, fileName);
    }

    /// <summary>The scope in the file's name: groningen-noord, a theme, or the wijk's code.</summary>
    private static string FileNamePart(AnnualReport report) => report.Scope switch
    {
        AnnualReportScope.Theme => report.Theme.ToJsonName(),
        AnnualReportScope.Wijk => report.AreaCode,
        _ => "groningen-noord",
    };
}
