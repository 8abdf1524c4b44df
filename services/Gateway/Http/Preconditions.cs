using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Nplv.Gateway.Http;

/// <summary>The version a change edits, from its <c>If-Match</c>.</summary>
public static class Preconditions
{
    /// <summary>
    /// The current version, when <c>If-Match</c> names it (or is <c>*</c>). The change is then sent with exactly
    /// the version that was read and checked here, so the service refuses it if anything changed in between.
    /// No <c>If-Match</c> is a 428, so no client overwrites a change it has not seen; any other tag is a 412.
    /// </summary>
    public static async Task<VersionToEdit> VersionToEditAsync(this HttpRequest request, Func<Task<long>> currentVersion)
    {
        if (!request.Headers.ContainsKey(HeaderNames.IfMatch))
        {
            return new(0, TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required.",
                detail: "Send the ETag of the version you are changing in If-Match."));
        }

        var current = await currentVersion();
        var currentTag = ETags.Of(current);
        // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
        var matches = request.GetTypedHeaders().IfMatch
            .Any(tag => tag.Equals(EntityTagHeaderValue.Any) || (!tag.IsWeak && tag.Tag == currentTag));
        return matches
            ? new(current, null)
            : new(0, TypedResults.Problem(
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "It was changed by someone else.",
                detail: $"The current version is {currentTag}; read it again and retry."));
    }

    /// <summary>
    /// For a route that creates what it names when it does not exist yet (a target, a report): no <c>If-Match</c> is
    /// version 0, a create; with one, the version it names, checked as <see cref="VersionToEditAsync"/> does.
    /// </summary>
    public static Task<VersionToEdit> VersionToCreateOrEditAsync(this HttpRequest request, Func<Task<long>> currentVersion)
        => request.Headers.ContainsKey(HeaderNames.IfMatch)
            ? request.VersionToEditAsync(currentVersion)
            : Task.FromResult(new VersionToEdit(0, null));
}

public sealed record VersionToEdit(long Version, ProblemHttpResult? Problem);
