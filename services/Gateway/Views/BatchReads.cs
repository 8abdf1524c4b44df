using Grpc.Core;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Views;

internal static class BatchReads
{
    /// <summary>The partners with these ids, in batches of the most one call takes, all at once.</summary>
    public static async Task<List<Partner>> BatchGetAllAsync(
        this PartnersService.PartnersServiceClient partners, IReadOnlyCollection<string> ids, CallOptions call)
    {
        var batches = ids.Chunk(Paging.PageSize).Select(batch =>
        {
            var request = new BatchGetPartnersRequest();
            request.Ids.AddRange(batch);
            return partners.BatchGetPartnersAsync(request, call).ResponseAsync;
        });
        return [.. (await Task.WhenAll(batches)).SelectMany(response => response.Partners)];
    }
}
