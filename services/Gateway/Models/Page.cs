namespace Nplv.Gateway.Models;

/// <summary>One page of a list; pass <see cref="NextPageToken"/> as <c>pageToken</c> for the next, null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextPageToken);

/// <summary>The paging query of every list route.</summary>
public sealed record PageQuery(int? PageSize, string? PageToken);

internal static class PageExtensions
{
    public static string? NullIfEmpty(this string token) => string.IsNullOrEmpty(token) ? null : token;
}
