using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Errors;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Exports.Tables;
using Nplv.Gateway.Http;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Models;
using Nplv.Gateway.Views;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Apis;

public static class MeasuresApi
{
    public static RouteGroupBuilder MapMeasuresApi(this RouteGroupBuilder v1)
    {
        var measures = v1.MapGroup("/measures").WithTags("Measures");

        measures.MapGet("/", ListMeasures).WithName(nameof(ListMeasures)).ProducesReadProblems()
            .WithSummary("The programme's measures, oldest first")
            .WithMetadata(new QueryFieldNames(("area_code", "area")));
        measures.MapGet("/{id}", GetMeasure).WithName(nameof(GetMeasure)).ProducesReadProblems()
            .WithSummary("One measure with its ETag");
        measures.MapPost("/", CreateMeasure).WithName(nameof(CreateMeasure)).ProducesWriteProblems().EvictsViews()
            .WithSummary("Adds a measure (programme office, or the editor of its lead partner); send an Idempotency-Key to make retries safe")
            .RequireAuthorization(GatewayPolicies.Editor);
        measures.MapPut("/{id}", UpdateMeasure).WithName(nameof(UpdateMeasure)).ProducesWriteProblems().EvictsViews()
            .WithSummary("Replaces a measure whole; If-Match names the version you edit")
            .RequireAuthorization(GatewayPolicies.Editor);
        measures.MapDelete("/{id}", DeleteMeasure).WithName(nameof(DeleteMeasure)).ProducesWriteProblems().EvictsViews()
            .WithSummary("Deletes a measure; If-Match names the version you delete")
            .RequireAuthorization(GatewayPolicies.Editor);

        return v1;
    }

    public static async Task<Results<Ok<Page<MeasureDto>>, TableDownload<MeasureRow>, ValidationProblem>> ListMeasures(
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export,
        [FromQuery, Description("Theme, such as onderwijs")] string? theme,
        [FromQuery, Description("CBS code of an area the measure runs in")] string? area,
        [FromQuery, Description("Status, such as lopend")] string? status,
        [FromQuery, Description("A partner leading or taking part")] string? partnerId,
        HttpContext context,
        MeasuresService.MeasuresServiceClient measures,
        PartnersService.PartnersServiceClient partners,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        var request = new ListMeasuresRequest
        {
            PageSize = page.PageSize ?? 0,
            PageToken = page.PageToken ?? "",
            Theme = errors.Enum<Theme>("theme", theme, required: false),
            AreaCode = area ?? "",
            Status = errors.Enum<MeasureStatus>("status", status, required: false),
            PartnerId = partnerId ?? "",
        };
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (table.IsDownload)
        {
            var rows = await TableRows.AllPagesAsync(async token =>
            {
                request.PageSize = TableRows.PageSize;
                request.PageToken = token;
                var page = await measures.ListMeasuresAsync(request, cancellationToken: cancellationToken);
                var items = page.Measures.Select(MeasureDto.From).ToList();
                var names = await partners.NamesOfAsync(
                    items.SelectMany(measure => measure.Participants.Select(p => p.PartnerId).Append(measure.LeadPartnerId)), cancellationToken);
                return (items.Select(measure => new MeasureRow(measure, names)), page.NextPageToken);
            });
            return TableDownload.Of(MeasureTable.Definition, rows, table);
        }

        var response = await measures.ListMeasuresAsync(request, cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Measures, MeasureDto.From, response.NextPageToken));
    }

    public static async Task<Results<Ok<MeasureDto>, StatusCodeHttpResult>> GetMeasure(
        string id, HttpContext context, MeasuresService.MeasuresServiceClient measures, CancellationToken cancellationToken)
    {
        var measure = await measures.GetMeasureAsync(new GetMeasureRequest { Id = id }, cancellationToken: cancellationToken);
        return context.OkOrNotModified(measure.Version, () => MeasureDto.From(measure));
    }

    public static async Task<Results<Created<MeasureDto>, ValidationProblem, ForbidHttpResult>> CreateMeasure(
        MeasureInput input, HttpContext context, MeasuresService.MeasuresServiceClient measures, CancellationToken cancellationToken)
    {
        if (!MayLead(context, input.LeadPartnerId))
        {
            return TypedResults.Forbid();
        }

        var errors = new InputErrors();
        var requestId = IdempotencyKeys.RequestIdFor(context, "measures", errors);
        var request = input.ToCreateRequest(requestId, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var measure = await measures.CreateMeasureAsync(request, cancellationToken: cancellationToken);
        return context.CreatedWithETag($"/api/v1/measures/{measure.Id}", MeasureDto.From(measure), measure.Version);
    }

    public static async Task<Results<Ok<MeasureDto>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> UpdateMeasure(
        string id,
        MeasureInput input,
        HttpContext context,
        MeasuresService.MeasuresServiceClient measures,
        CancellationToken cancellationToken)
    {
        // A partner editor may change what its partner leads, and may not hand the lead to another partner.
        if (!MayLead(context, input.LeadPartnerId))
        {
            return TypedResults.Forbid();
        }

        var edit = await AuthorizeEditAsync(id, context, measures, cancellationToken);
        if (edit.Forbidden is not null)
        {
            return edit.Forbidden;
        }

        if (edit.Problem is not null)
        {
            return edit.Problem;
        }

        var errors = new InputErrors();
        var request = input.ToUpdateRequest(id, edit.Version, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var measure = await measures.UpdateMeasureAsync(request, cancellationToken: cancellationToken);
        return context.OkWithETag(MeasureDto.From(measure), measure.Version);
    }

    public static async Task<Results<NoContent, ProblemHttpResult, ForbidHttpResult>> DeleteMeasure(
        string id, HttpContext context, MeasuresService.MeasuresServiceClient measures, CancellationToken cancellationToken)
    {
        var edit = await AuthorizeEditAsync(id, context, measures, cancellationToken);
        if (edit.Forbidden is not null)
        {
            return edit.Forbidden;
        }

        if (edit.Problem is not null)
        {
            return edit.Problem;
        }

        await measures.DeleteMeasureAsync(new DeleteMeasureRequest { Id = id, Version = edit.Version }, cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A missing lead is the service's 400 to give; a lead the caller may not edit for is a 403.</summary>
    private static bool MayLead(HttpContext context, string? leadPartnerId)
        => string.IsNullOrEmpty(leadPartnerId) || context.User.MayEditMeasureLedBy(leadPartnerId);

    /// <summary>
    /// The measure's version to change, after checking the caller may change it at exactly that version: the lead
    /// is judged on the version read, and the service refuses the change if another version has come since.
    /// </summary>
    private static async Task<(long Version, ForbidHttpResult? Forbidden, ProblemHttpResult? Problem)> AuthorizeEditAsync(
        string id, HttpContext context, MeasuresService.MeasuresServiceClient measures, CancellationToken cancellationToken)
    {
        var current = await measures.GetMeasureAsync(new GetMeasureRequest { Id = id }, cancellationToken: cancellationToken);
        if (!context.User.MayEditMeasureLedBy(current.LeadPartnerId))
        {
            return (0, TypedResults.Forbid(), null);
        }

        var edit = await context.Request.VersionToEditAsync(() => Task.FromResult(current.Version));
        return (edit.Version, null, edit.Problem);
    }
}
