using Grpc.Core;

namespace Nplv.Measures.Remote;

/// <summary>
/// Reads what another service holds for a set of references: batch reads of at most 200 (the services' limit), and
/// when a batch fails whole on an unknown reference, one read per reference of that batch to find the others.
/// </summary>
internal static class ReferenceLookup
{
    private const int MaxBatch = 200;

    /// <returns>The items found, by key; a key without an item does not exist.</returns>
    public static async Task<IReadOnlyDictionary<TKey, TItem>> FindAsync<TKey, TItem>(
        string service,
        IReadOnlyCollection<TKey> keys,
        Func<IReadOnlyCollection<TKey>, Task<IEnumerable<TItem>>> batchGet,
        Func<TKey, Task<TItem>> get,
        Func<TItem, TKey> keyOf)
        where TKey : notnull
        where TItem : class
    {
        var found = new Dictionary<TKey, TItem>();
        foreach (var batch in keys.Distinct().Chunk(MaxBatch))
        {
            try
            {
                foreach (var item in await batchGet(batch))
                {
                    found[keyOf(item)] = item;
                }
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                var items = await Task.WhenAll(batch.Select(key => GetOrNullAsync(service, () => get(key))));
                foreach (var item in items.OfType<TItem>())
                {
                    found[keyOf(item)] = item;
                }
            }
            catch (RpcException ex)
            {
                throw RemoteFailure.From(service, ex);
            }
        }

        return found;
    }

    private static async Task<TItem?> GetOrNullAsync<TItem>(string service, Func<Task<TItem>> get) where TItem : class
    {
        try
        {
            return await get();
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
        catch (RpcException ex)
        {
            throw RemoteFailure.From(service, ex);
        }
    }
}
