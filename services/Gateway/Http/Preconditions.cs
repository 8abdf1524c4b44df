using Microsoft.AspNetCore.Http.HttpResults;

namespace Nplv.Gateway.Http;

/// <summary>The version a change edits, from its <c>If-Match</c>.</summary>
public static class Preconditions
{
    /// <summary>
    /// The version named in <c>If-Match</c>; <c>*</c> takes the current one. No <c>If-Match</c> is a 428, so no client
    /// overwrites a change it has not seen; a tag this API never issued is a 412.
    /// </summary>
    public static async Task<VersionToEdit> VersionToEditAsync(this HttpRequest request, Func<Task<long>> currentVersion)
    {
        var ifMatch = request.ReadIfMatch();
        return ifMatch.Kind switch
        {
            IfMatchKind.Version => new(ifMatch.Version, null),
            IfMatchKind.Any => new(await currentVersion(), null),
            IfMatchKind.Missing => new(0, TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required.",
                detail: "Send the ETag of the version you are changing in If-Match.")),
            _ => new(0, TypedResults.Problem(
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "It was changed by someone else.",
                detail: "If-Match names no version of this resource.")),
        };
    }
}

public sealed record VersionToEdit(long Version, ProblemHttpResult? Problem);
