using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Apis;

public static class AreasApi
{
    public static RouteGroupBuilder MapAreasApi(this RouteGroupBuilder v1)
    {
        var areas = v1.MapGroup("/areas").WithTags("Areas");

        areas.MapGet("/", ListAreas)
            .WithName(nameof(ListAreas))
            .WithSummary("The programme's areas (buurten, wijken, gemeente, country), by CBS code");

        return v1;
    }

    public static async Task<Results<Ok<Page<AreaDto>>, ValidationProblem>> ListAreas(
        [AsParameters] PageQuery query,
        [FromQuery] string? level,
        [FromQuery] string? parentCode,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        var areaLevel = ParseLevel(level);
        if (areaLevel is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["level"] = ["must be one of buurt, wijk, gemeente, land"],
            });
        }

        var response = await indicators.ListAreasAsync(
            new ListAreasRequest
            {
                PageSize = query.PageSize ?? 0,
                PageToken = query.PageToken ?? "",
                Level = areaLevel.Value,
                ParentCode = parentCode ?? "",
            },
            cancellationToken: cancellationToken);

        return TypedResults.Ok(new Page<AreaDto>(
            [.. response.Areas.Select(AreaDto.From)], response.NextPageToken.NullIfEmpty()));
    }

    /// <summary>Unspecified for no level; null for anything that is not one level's name.</summary>
    private static AreaLevel? ParseLevel(string? level) => level?.ToLowerInvariant() switch
    {
        null or "" => AreaLevel.Unspecified,
        "buurt" => AreaLevel.Buurt,
        "wijk" => AreaLevel.Wijk,
        "gemeente" => AreaLevel.Gemeente,
        "land" => AreaLevel.Land,
        _ => null,
    };
}
