using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Nplv.Gateway.Http;

/// <summary>
/// Single resources carry their version as a strong ETag (<c>"3"</c>); a change names the version it edits in
/// <c>If-Match</c>, so two editors never silently overwrite each other.
/// </summary>
public static class ETags
{
    public static string Of(long version) => $"\"{version}\"";

    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = Of(version);

    public static Ok<T> OkWithETag<T>(this HttpContext context, T value, long version)
    {
        context.Response.SetETag(version);
        return TypedResults.Ok(value);
    }

    public static StatusCodeHttpResult NotModified(this HttpContext context, long version)
    {
        context.Response.SetETag(version);
        return TypedResults.StatusCode(StatusCodes.Status304NotModified);
    }

    /// <summary>A read of a single resource: 304 when the client holds this version already, else the resource.</summary>
    public static Results<Ok<T>, StatusCodeHttpResult> OkOrNotModified<T>(this HttpContext context, long version, Func<T> value)
        => context.Request.IsNotModified(version) ? context.NotModified(version) : context.OkWithETag(value(), version);

    public static Created<T> CreatedWithETag<T>(this HttpContext context, string location, T value, long version)
    {
        context.Response.SetETag(version);
        return TypedResults.Created(location, value);
    }

    /// <summary>True when <c>If-None-Match</c> names the current version, so a 304 can answer the read.</summary>
    public static bool IsNotModified(this HttpRequest request, long version)
        => request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == Of(version));
}
