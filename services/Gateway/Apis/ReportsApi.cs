using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Errors;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Exports.Tables;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Http;
using Nplv.Gateway.Models;
using Nplv.Measures.V1;

namespace Nplv.Gateway.Apis;

/// <summary>
/// The reporting cycle: periods, each measure's progress report per period and its review. Who may write or review
/// a report is the measures service's rule (it knows the report's state and the measure's partners); the gateway
/// names the signed-in user on the call and answers its refusal as a 403.
/// </summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder v1)
    {
        var periods = v1.MapGroup("/periods").WithTags("Reports");
        periods.MapGet("/", ListPeriods).WithName(nameof(ListPeriods)).ProducesReadProblems()
            .WithSummary("The reporting periods, newest first");
        periods.MapPost("/", CreatePeriod).WithName(nameof(CreatePeriod)).ProducesWriteProblems()
            .WithSummary("Adds a reporting period (programme office): a year (2025), half year (2025-H1) or quarter (2025-Q3), with its opening and due dates")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        periods.MapGet("/{code}", GetPeriod).WithName(nameof(GetPeriod)).ProducesReadProblems()
            .WithSummary("One reporting period");
        periods.MapGet("/{code}/reports", GetPeriodOverview).WithName(nameof(GetPeriodOverview)).ProducesReadProblems()
            .WithSummary("Who has reported: every measure expected to report on the period, its report's state, and which are late (signed in)")
            .RequireAuthorization(GatewayPolicies.Editor);

        var reports = v1.MapGroup("/measures/{id}/reports").WithTags("Reports").WithMetadata(ReportInput.ContractNames);
        reports.MapGet("/", ListMeasureReports).WithName(nameof(ListMeasureReports)).ProducesReadProblems()
            .WithSummary("A measure's progress reports, newest period first (signed in)")
            .RequireAuthorization(GatewayPolicies.Editor);
        reports.MapGet("/{period}", GetReport).WithName(nameof(GetReport)).ProducesReadProblems()
            .WithSummary("A measure's progress report for one period with its ETag and every step of its review (signed in)")
            .RequireAuthorization(GatewayPolicies.Editor);
        reports.MapPut("/{period}", SaveReport).WithName(nameof(SaveReport)).ProducesWriteProblems()
            .WithSummary("Writes the report (the editors of the measure's partners, or the programme office): without If-Match it creates it in concept, "
                + "with If-Match it changes the version named, while it is concept or teruggestuurd")
            .RequireAuthorization(GatewayPolicies.Editor);
        reports.MapPost("/{period}/transitions", TransitionReport).WithName(nameof(TransitionReport)).ProducesWriteProblems()
            .WithSummary("Moves the report along its review; If-Match names the version: concept -> ingediend (its partners' editors), "
                + "ingediend -> goedgekeurd or teruggestuurd with a reason (programme office), teruggestuurd or ingediend -> concept "
                + "(its partners' editors), goedgekeurd -> concept with a reason (programme office)")
            .RequireAuthorization(GatewayPolicies.Editor);

        return v1;
    }

    public static async Task<Ok<Page<PeriodDto>>> ListPeriods(
        [AsParameters] PageQuery page, ReportsService.ReportsServiceClient reports, CancellationToken cancellationToken)
    {
        var response = await reports.ListPeriodsAsync(
            new ListPeriodsRequest { PageSize = page.PageSize ?? 0, PageToken = page.PageToken ?? "" }, cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Periods, PeriodDto.From, response.NextPageToken));
    }

    public static async Task<Created<PeriodDto>> CreatePeriod(
        PeriodInput input, ReportsService.ReportsServiceClient reports, CancellationToken cancellationToken)
    {
        var period = await reports.CreatePeriodAsync(input.ToRequest(), cancellationToken: cancellationToken);
        return TypedResults.Created($"/api/v1/periods/{period.Code}", PeriodDto.From(period));
    }

    public static async Task<Ok<PeriodDto>> GetPeriod(string code, ReportsService.ReportsServiceClient reports, CancellationToken cancellationToken)
        => TypedResults.Ok(PeriodDto.From(await reports.GetPeriodAsync(new GetPeriodRequest { Code = code }, cancellationToken: cancellationToken)));

    public static async Task<Results<Ok<PeriodOverviewDto>, TableDownload<ExpectedReportDto>, ValidationProblem>> GetPeriodOverview(
        string code, [AsParameters] ExportQuery export, HttpContext context, ReportsService.ReportsServiceClient reports, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var overview = PeriodOverviewDto.From(
            await reports.GetPeriodOverviewAsync(new GetPeriodOverviewRequest { Code = code }, cancellationToken: cancellationToken));
        return table.IsDownload
            ? TableDownload.Of(PeriodOverviewTable.Definition, TableRows.Of(overview.Reports), table, code)
            : TypedResults.Ok(overview);
    }

    public static async Task<Results<Ok<Page<ReportDto>>, TableDownload<ReportDto>, ValidationProblem>> ListMeasureReports(
        string id,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export,
        [FromQuery, Description("concept, ingediend, goedgekeurd or teruggestuurd")] string? state,
        HttpContext context,
        ReportsService.ReportsServiceClient reports,
        MeasuresService.MeasuresServiceClient measures,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        var request = new ListReportsRequest
        {
            MeasureId = id,
            State = errors.Enum<ReportState>("state", state, required: false),
            PageSize = page.PageSize ?? 0,
            PageToken = page.PageToken ?? "",
        };
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // An unknown measure is a 404, not an empty list.
        await measures.GetMeasureAsync(new GetMeasureRequest { Id = id }, cancellationToken: cancellationToken);
        if (table.IsDownload)
        {
            var rows = await TableRows.AllPagesAsync(async token =>
            {
                request.PageSize = TableRows.PageSize;
                request.PageToken = token;
                var page = await reports.ListReportsAsync(request, cancellationToken: cancellationToken);
                return (page.Reports.Select(ReportDto.From), page.NextPageToken);
            });
            return TableDownload.Of(ReportTable.Definition, rows, table, id);
        }

        var response = await reports.ListReportsAsync(request, cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Reports, ReportDto.From, response.NextPageToken));
    }

    public static async Task<Results<Ok<ReportDto>, StatusCodeHttpResult>> GetReport(
        string id, string period, HttpContext context, ReportsService.ReportsServiceClient reports, CancellationToken cancellationToken)
    {
        var report = await reports.GetReportAsync(new GetReportRequest { MeasureId = id, Period = period }, cancellationToken: cancellationToken);
        return context.OkOrNotModified(report.Version, () => ReportDto.From(report));
    }

    public static async Task<Results<Ok<ReportDto>, Created<ReportDto>, ValidationProblem, ProblemHttpResult>> SaveReport(
        string id,
        string period,
        ReportInput input,
        HttpContext context,
        ReportsService.ReportsServiceClient reports,
        CancellationToken cancellationToken)
    {
        var edit = await context.Request.VersionToCreateOrEditAsync(() => CurrentVersionAsync(reports, id, period, cancellationToken));
        if (edit.Problem is not null)
        {
            return edit.Problem;
        }

        var version = edit.Version;

        var errors = new InputErrors();
        var content = input.ToContent(errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var saved = await reports.SaveReportAsync(
            new SaveReportRequest { MeasureId = id, Period = period, Version = version, Content = content }, cancellationToken: cancellationToken);
        var dto = ReportDto.From(saved);
        return version == 0
            ? context.CreatedWithETag($"/api/v1/measures/{saved.MeasureId}/reports/{saved.Period}", dto, saved.Version)
            : context.OkWithETag(dto, saved.Version);
    }

    public static async Task<Results<Ok<ReportDto>, ValidationProblem, ProblemHttpResult>> TransitionReport(
        string id,
        string period,
        TransitionInput input,
        HttpContext context,
        ReportsService.ReportsServiceClient reports,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var toState = errors.Enum<ReportState>("toState", input.ToState);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var edit = await context.Request.VersionToEditAsync(() => CurrentVersionAsync(reports, id, period, cancellationToken));
        if (edit.Problem is not null)
        {
            return edit.Problem;
        }

        var moved = await reports.TransitionReportAsync(
            new TransitionReportRequest { MeasureId = id, Period = period, Version = edit.Version, ToState = toState, Reason = input.Reason ?? "" },
            cancellationToken: cancellationToken);
        return context.OkWithETag(ReportDto.From(moved), moved.Version);
    }

    private static async Task<long> CurrentVersionAsync(
        ReportsService.ReportsServiceClient reports, string id, string period, CancellationToken cancellationToken)
        => (await reports.GetReportAsync(new GetReportRequest { MeasureId = id, Period = period }, cancellationToken: cancellationToken)).Version;
}
