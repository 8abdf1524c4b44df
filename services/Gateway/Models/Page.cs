using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Nplv.Gateway.Models;

/// <summary>One page of a list; pass <see cref="NextPageToken"/> as <c>pageToken</c> for the next, null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextPageToken);

/// <summary>The paging query of every list route.</summary>
public sealed record PageQuery(
    [property: FromQuery(Name = "pageSize"), Description("Items per page, from 1 to the route's maximum (200, or as its summary says); the service's default when absent.")] int? PageSize,
    [property: FromQuery(Name = "pageToken"), Description("The nextPageToken of the previous page.")] string? PageToken);

public static class Page
{
    /// <summary>A contract list page as a REST page: its items mapped, its last page's empty token as null.</summary>
    public static Page<T> Of<TContract, T>(IEnumerable<TContract> items, Func<TContract, T> map, string nextPageToken)
        => new([.. items.Select(map)], nextPageToken.NullIfEmpty());
}
