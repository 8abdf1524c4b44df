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
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Apis;

public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder v1)
    {
        var indicators = v1.MapGroup("/indicators").WithTags("Indicators");

        indicators.MapGet("/", ListIndicators).WithName(nameof(ListIndicators)).ProducesReadProblems()
            .WithSummary("The indicators the programme tracks, by code");
        indicators.MapGet("/{code}", GetIndicator).WithName(nameof(GetIndicator)).ProducesReadProblems()
            .WithSummary("One indicator's definition, unit, direction and source, with its ETag");
        indicators.MapPost("/", CreateIndicator).WithName(nameof(CreateIndicator)).ProducesWriteProblems().EvictsViews()
            .WithMetadata(IndicatorInput.ContractNames)
            .WithSummary("Defines an indicator (programme office); send an Idempotency-Key to make retries safe")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        indicators.MapPut("/{code}", UpdateIndicator).WithName(nameof(UpdateIndicator)).ProducesWriteProblems().EvictsViews()
            .WithMetadata(IndicatorInput.ContractNames)
            .WithSummary("Replaces an indicator's definition whole (programme office); If-Match names the version you edit")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        indicators.MapGet("/{code}/series", GetSeries).WithName(nameof(GetSeries)).ProducesReadProblems()
            .WithSummary("The indicator's figures per area and year, each with its source")
            .WithMetadata(new QueryFieldNames(("area_codes", "area"), ("from_year", "from"), ("to_year", "to")));

        return v1;
    }

    public static async Task<Results<Ok<Page<IndicatorDto>>, TableDownload<IndicatorDto>, ValidationProblem>> ListIndicators(
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export,
        [FromQuery, Description("Theme, such as armoede")] string? theme,
        HttpContext context,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var request = new ListIndicatorsRequest { PageSize = page.PageSize ?? 0, PageToken = page.PageToken ?? "", Theme = theme ?? "" };
        if (table.IsDownload)
        {
            var rows = await TableRows.AllPagesAsync(async token =>
            {
                request.PageSize = TableRows.PageSize;
                request.PageToken = token;
                var page = await indicators.ListIndicatorsAsync(request, cancellationToken: cancellationToken);
                return (page.Indicators.Select(IndicatorDto.From), page.NextPageToken);
            });
            return TableDownload.Of(IndicatorTable.Definition, rows, table);
        }

        var response = await indicators.ListIndicatorsAsync(request, cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Indicators, IndicatorDto.From, response.NextPageToken));
    }

    public static async Task<Results<Ok<IndicatorDto>, StatusCodeHttpResult>> GetIndicator(
        string code, HttpContext context, IndicatorsService.IndicatorsServiceClient indicators, CancellationToken cancellationToken)
    {
        var indicator = await indicators.GetIndicatorAsync(new GetIndicatorRequest { Code = code }, cancellationToken: cancellationToken);
        return context.OkOrNotModified(indicator.Version, () => IndicatorDto.From(indicator));
    }

    public static async Task<Results<Created<IndicatorDto>, ValidationProblem>> CreateIndicator(
        IndicatorInput input, HttpContext context, IndicatorsService.IndicatorsServiceClient indicators, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var requestId = IdempotencyKeys.RequestIdFor(context, "indicators", errors);
        var request = input.ToCreateRequest(requestId, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var indicator = await indicators.CreateIndicatorAsync(request, cancellationToken: cancellationToken);
        return context.CreatedWithETag($"/api/v1/indicators/{indicator.Code}", IndicatorDto.From(indicator), indicator.Version);
    }

    public static async Task<Results<Ok<IndicatorDto>, ValidationProblem, ProblemHttpResult>> UpdateIndicator(
        string code, IndicatorInput input, HttpContext context, IndicatorsService.IndicatorsServiceClient indicators, CancellationToken cancellationToken)
    {
        var edit = await context.Request.VersionToEditAsync(async () =>
            (await indicators.GetIndicatorAsync(new GetIndicatorRequest { Code = code }, cancellationToken: cancellationToken)).Version);
        if (edit.Problem is not null)
        {
            return edit.Problem;
        }

        var errors = new InputErrors();
        var request = input.ToUpdateRequest(code, edit.Version, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var indicator = await indicators.UpdateIndicatorAsync(request, cancellationToken: cancellationToken);
        return context.OkWithETag(IndicatorDto.From(indicator), indicator.Version);
    }

    public static async Task<Results<Ok<SeriesDto>, TableDownload<SeriesRow>, ValidationProblem>> GetSeries(
        string code,
        [AsParameters] ExportQuery export,
        [FromQuery, Description("CBS area codes; repeat for several (area=WK001410&area=GM0014)")] string[]? area,
        [FromQuery, Description("First year, inclusive")] int? from,
        [FromQuery, Description("Last year, inclusive")] int? to,
        HttpContext context,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var request = new GetSeriesRequest
        {
            IndicatorCode = code, FromYear = from ?? SeriesYears.First, ToYear = to ?? SeriesYears.Last,
        };
        request.AreaCodes.AddRange(area ?? []);
        var response = await indicators.GetSeriesAsync(request, cancellationToken: cancellationToken);
        var series = SeriesDto.From(response);
        if (table.IsDownload)
        {
            var names = await indicators.AreaNamesOfAsync(series.Series.Select(item => item.AreaCode), cancellationToken);
            return TableDownload.Of(SeriesTable.Definition, TableRows.Of(SeriesRow.Of(series, names)), table, code);
        }

        return TypedResults.Ok(series);
    }
}
