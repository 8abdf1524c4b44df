using Microsoft.AspNetCore.Http.HttpResults;
using Nplv.Gateway.Models;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Apis;

public static class PartnersApi
{
    public static RouteGroupBuilder MapPartnersApi(this RouteGroupBuilder v1)
    {
        var partners = v1.MapGroup("/partners").WithTags("Partners");

        partners.MapGet("/", ListPartners)
            .WithName(nameof(ListPartners))
            .WithSummary("The coalition's partners, by name");

        return v1;
    }

    public static async Task<Ok<Page<PartnerDto>>> ListPartners(
        [AsParameters] PageQuery query, PartnersService.PartnersServiceClient partners, CancellationToken cancellationToken)
    {
        var response = await partners.ListPartnersAsync(
            new ListPartnersRequest { PageSize = query.PageSize ?? 0, PageToken = query.PageToken ?? "" },
            cancellationToken: cancellationToken);

        return TypedResults.Ok(new Page<PartnerDto>(
            [.. response.Partners.Select(PartnerDto.From)], response.NextPageToken.NullIfEmpty()));
    }
}
