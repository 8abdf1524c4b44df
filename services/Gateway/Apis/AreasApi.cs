using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Apis;

public static class AreasApi
{
    public static RouteGroupBuilder MapAreasApi(this RouteGroupBuilder v1)
    {
        var areas = v1.MapGroup("/areas").WithTags("Areas");

        areas.MapGet("/", ListAreas).WithName(nameof(ListAreas)).ProducesReadProblems()
            .WithSummary("The programme's areas (buurten, wijken, gemeente, country), by CBS code");
        areas.MapGet("/{code}", GetArea).WithName(nameof(GetArea)).ProducesReadProblems()
            .WithSummary("One area with its parent, validity years, population and programme membership");

        return v1;
    }

    public static async Task<Results<Ok<Page<AreaDto>>, ValidationProblem>> ListAreas(
        [AsParameters] PageQuery page,
        [FromQuery, Description("buurt, wijk, gemeente or land")] string? level,
        [FromQuery, Description("CBS code of the parent area")] string? parentCode,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = new ListAreasRequest
        {
            PageSize = page.PageSize ?? 0,
            PageToken = page.PageToken ?? "",
            Level = errors.Enum<AreaLevel>("level", level, required: false),
            ParentCode = parentCode ?? "",
        };
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var response = await indicators.ListAreasAsync(request, cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Areas, AreaDto.From, response.NextPageToken));
    }

    public static async Task<Ok<AreaDto>> GetArea(
        string code, IndicatorsService.IndicatorsServiceClient indicators, CancellationToken cancellationToken)
    {
        var area = await indicators.GetAreaAsync(new GetAreaRequest { Code = code }, cancellationToken: cancellationToken);
        return TypedResults.Ok(AreaDto.From(area));
    }
}
