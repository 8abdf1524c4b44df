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

    /// <summary>True when <c>If-None-Match</c> names the current version, so a 304 can answer the read.</summary>
    public static bool IsNotModified(this HttpRequest request, long version)
        => request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == Of(version));

    public static IfMatch ReadIfMatch(this HttpRequest request)
    {
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Count == 0)
        {
            return request.Headers.ContainsKey(HeaderNames.IfMatch) ? IfMatch.Unmatchable : IfMatch.Missing;
        }

        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)))
        {
            return IfMatch.AnyVersion;
        }

        // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
        var versions = tags.Where(tag => !tag.IsWeak)
            .Select(tag => long.TryParse(tag.Tag.AsSpan().Trim('"'), out var version) && version > 0 ? version : (long?)null)
            .OfType<long>()
            .Distinct()
            .ToList();
        return versions.Count == 1 ? IfMatch.For(versions[0]) : IfMatch.Unmatchable;
    }
}

/// <summary>What a request's <c>If-Match</c> asks for.</summary>
public sealed record IfMatch(IfMatchKind Kind, long Version = 0)
{
    public static readonly IfMatch Missing = new(IfMatchKind.Missing);
    public static readonly IfMatch AnyVersion = new(IfMatchKind.Any);
    public static readonly IfMatch Unmatchable = new(IfMatchKind.Unmatchable);

    public static IfMatch For(long version) => new(IfMatchKind.Version, version);
}

public enum IfMatchKind
{
    Missing,
    Any,
    Version,
    Unmatchable,
}
