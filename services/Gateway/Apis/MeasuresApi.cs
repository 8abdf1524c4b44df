using Microsoft.AspNetCore.Http.HttpResults;
using Nplv.Gateway.Models;
using Nplv.Measures.V1;

namespace Nplv.Gateway.Apis;

public static class MeasuresApi
{
    public static RouteGroupBuilder MapMeasuresApi(this RouteGroupBuilder v1)
    {
        var measures = v1.MapGroup("/measures").WithTags("Measures");

        measures.MapGet("/", ListMeasures)
            .WithName(nameof(ListMeasures))
            .WithSummary("The programme's measures, oldest first");

        return v1;
    }

    public static async Task<Ok<Page<MeasureDto>>> ListMeasures(
        [AsParameters] PageQuery query, MeasuresService.MeasuresServiceClient measures, CancellationToken cancellationToken)
    {
        var response = await measures.ListMeasuresAsync(
            new ListMeasuresRequest { PageSize = query.PageSize ?? 0, PageToken = query.PageToken ?? "" },
            cancellationToken: cancellationToken);

        return TypedResults.Ok(new Page<MeasureDto>(
            [.. response.Measures.Select(MeasureDto.From)], response.NextPageToken.NullIfEmpty()));
    }
}
