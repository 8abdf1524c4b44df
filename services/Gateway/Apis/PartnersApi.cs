using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Exports.Tables;
using Nplv.Gateway.Http;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Models;
using Nplv.Gateway.Views;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Apis;

public static class PartnersApi
{
    public static RouteGroupBuilder MapPartnersApi(this RouteGroupBuilder v1)
    {
        var partners = v1.MapGroup("/partners").WithTags("Partners");

        partners.MapGet("/", ListPartners).WithName(nameof(ListPartners)).ProducesReadProblems()
            .WithSummary("The coalition's partners, by name");
        partners.MapGet("/{id}", GetPartner).WithName(nameof(GetPartner)).ProducesReadProblems()
            .WithSummary("One partner, archived or not, with its ETag");
        partners.MapPost("/", CreatePartner).WithName(nameof(CreatePartner)).ProducesWriteProblems().EvictsViews()
            .WithSummary("Adds a partner (programme office); send an Idempotency-Key to make retries safe")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        partners.MapPut("/{id}", UpdatePartner).WithName(nameof(UpdatePartner)).ProducesWriteProblems().EvictsViews()
            .WithSummary("Replaces a partner whole; If-Match names the version you edit")
            .RequireAuthorization(GatewayPolicies.Editor);
        partners.MapDelete("/{id}", ArchivePartner).WithName(nameof(ArchivePartner)).ProducesWriteProblems().EvictsViews()
            .WithSummary("Archives a partner (programme office); it stays readable and on the measures it was on")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);

        return v1;
    }

    public static async Task<Results<Ok<Page<PartnerDto>>, TableDownload<PartnerDto>, ValidationProblem>> ListPartners(
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export,
        [FromQuery, Description("Partner type, such as woningcorporatie")] string? type,
        [FromQuery, Description("Text in the name or role")] string? query,
        [FromQuery] bool? includeArchived,
        HttpContext context,
        PartnersService.PartnersServiceClient partners,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        var request = new ListPartnersRequest
        {
            PageSize = page.PageSize ?? 0,
            PageToken = page.PageToken ?? "",
            Type = errors.Enum<PartnerType>("type", type, required: false),
            Query = query ?? "",
            IncludeArchived = includeArchived ?? false,
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
                var page = await partners.ListPartnersAsync(request, cancellationToken: cancellationToken);
                return (page.Partners.Select(PartnerDto.From), page.NextPageToken);
            });
            return TableDownload.Of(PartnerTable.Definition, rows, table);
        }

        var response = await partners.ListPartnersAsync(request, cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Partners, PartnerDto.From, response.NextPageToken));
    }

    public static async Task<Results<Ok<PartnerDto>, StatusCodeHttpResult>> GetPartner(
        string id, HttpContext context, PartnersService.PartnersServiceClient partners, CancellationToken cancellationToken)
    {
        var partner = await partners.GetPartnerAsync(new GetPartnerRequest { Id = id }, cancellationToken: cancellationToken);
        return context.OkOrNotModified(partner.Version, () => PartnerDto.From(partner));
    }

    public static async Task<Results<Created<PartnerDto>, ValidationProblem>> CreatePartner(
        PartnerInput input, HttpContext context, PartnersService.PartnersServiceClient partners, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var requestId = IdempotencyKeys.RequestIdFor(context, "partners", errors);
        var request = input.ToCreateRequest(requestId, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var partner = await partners.CreatePartnerAsync(request, cancellationToken: cancellationToken);
        return context.CreatedWithETag($"/api/v1/partners/{partner.Id}", PartnerDto.From(partner), partner.Version);
    }

    public static async Task<Results<Ok<PartnerDto>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> UpdatePartner(
        string id,
        PartnerInput input,
        HttpContext context,
        PartnersService.PartnersServiceClient partners,
        CancellationToken cancellationToken)
    {
        if (!context.User.MayEditPartner(id))
        {
            return TypedResults.Forbid();
        }

        var edit = await context.Request.VersionToEditAsync(() => CurrentVersionAsync(partners, id, cancellationToken));
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

        var partner = await partners.UpdatePartnerAsync(request, cancellationToken: cancellationToken);
        return context.OkWithETag(PartnerDto.From(partner), partner.Version);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ArchivePartner(
        string id, HttpContext context, PartnersService.PartnersServiceClient partners, CancellationToken cancellationToken)
    {
        var edit = await context.Request.VersionToEditAsync(() => CurrentVersionAsync(partners, id, cancellationToken));
        if (edit.Problem is not null)
        {
            return edit.Problem;
        }

        await partners.ArchivePartnerAsync(
            new ArchivePartnerRequest { Id = id, Version = edit.Version }, cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<long> CurrentVersionAsync(
        PartnersService.PartnersServiceClient partners, string id, CancellationToken cancellationToken)
        => (await partners.GetPartnerAsync(new GetPartnerRequest { Id = id }, cancellationToken: cancellationToken)).Version;
}
