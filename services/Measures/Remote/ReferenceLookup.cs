using Grpc.Core;

namespace Nplv.Measures.Remote;

/// <summary>
/// Which references another service does not know: one batch read when all exist (the usual case); when it fails
/// whole on an unknown one, one read per reference to name each that is missing.
/// </summary>
internal static class ReferenceLookup
{
    public static async Task<IReadOnlySet<TKey>> MissingAsync<TKey>(
        string service, IReadOnlyCollection<TKey> keys, Func<IReadOnlyCollection<TKey>, Task> batchGet, Func<TKey, Task> get)
    {
        if (keys.Count == 0)
        {
            return new HashSet<TKey>();
        }

        try
        {
            await batchGet(keys);
            return new HashSet<TKey>();
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            var lookups = keys.Select(async key => (key, exists: await ExistsAsync(service, () => get(key))));
            return (await Task.WhenAll(lookups)).Where(r => !r.exists).Select(r => r.key).ToHashSet();
        }
        catch (RpcException ex)
        {
            throw RemoteFailure.From(service, ex);
        }
    }

    private static async Task<bool> ExistsAsync(string service, Func<Task> get)
    {
        try
        {
            await get();
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
        catch (RpcException ex)
        {
            throw RemoteFailure.From(service, ex);
        }
    }
}
