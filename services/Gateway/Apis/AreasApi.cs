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
        [FromQuery] string? parent,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        var areaLevel = AreaLevel.Unspecified;
        if (!string.IsNullOrEmpty(level) && !TryParseLevel(level, out areaLevel))
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
                Level = areaLevel,
                ParentCode = parent ?? "",
            },
            cancellationToken: cancellationToken);

        return TypedResults.Ok(new Page<AreaDto>(
            [.. response.Areas.Select(AreaDto.From)], response.NextPageToken.NullIfEmpty()));
    }

    private static bool TryParseLevel(string value, out AreaLevel level)
    {
        level = AreaLevel.Unspecified;
        return !char.IsAsciiDigit(value[0])
            && Enum.TryParse(value, ignoreCase: true, out level)
            && level != AreaLevel.Unspecified;
    }
}
