namespace Nplv.Shared.Domain;

/// <summary>One page of a keyset-paged list; <see cref="NextPageToken"/> is empty on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken)
{
    /// <summary>
    /// The page in <paramref name="fetched"/>, which the store read with a limit of one more than
    /// <paramref name="pageSize"/>: that extra row tells whether another page follows.
    /// </summary>
    public static Page<T> From(IReadOnlyList<T> fetched, int pageSize, Func<T, string> key)
        => fetched.Count > pageSize
            ? new Page<T>([.. fetched.Take(pageSize)], PageToken.Encode(key(fetched[pageSize - 1])))
            : new Page<T>(fetched, "");
}
