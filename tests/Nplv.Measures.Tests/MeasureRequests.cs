using Nplv.Measures.V1;

namespace Nplv.Measures.Tests;

/// <summary>Calls the measures tests share.</summary>
internal static class MeasureRequests
{
    /// <summary>The ids of every measure the request lists, read page by page.</summary>
    public static async Task<List<string>> ListAllIds(
        this MeasuresService.MeasuresServiceClient client, ListMeasuresRequest filter, int pageSize = 2)
    {
        var ids = new List<string>();
        var request = filter.Clone();
        request.PageSize = pageSize;
        do
        {
            var page = await client.ListMeasuresAsync(request);
            ids.AddRange(page.Measures.Select(m => m.Id));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");

        return ids;
    }
}
