namespace Nplv.Gateway.Views;

internal static class Paging
{
    public const int PageSize = 200;

    /// <summary>Every item of a list, page by page (a view sums over all of them).</summary>
    public static async Task<List<T>> ReadAllAsync<TResponse, T>(
        Func<string, Task<TResponse>> readPage, Func<TResponse, IEnumerable<T>> items, Func<TResponse, string> nextPageToken)
    {
        var all = new List<T>();
        var token = "";
        do
        {
            var page = await readPage(token);
            all.AddRange(items(page));
            token = nextPageToken(page);
        }
        while (token.Length > 0);

        return all;
    }
}
