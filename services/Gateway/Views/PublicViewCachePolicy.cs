using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Nplv.Gateway.Views;

/// <summary>
/// The output cache's default policy for the combined views, except that a signed-in reader is served from the cache
/// and fills it too. The views say the same to everyone who asks: public programme data, nothing of the caller, and
/// no route of theirs asks for a role. The token was already checked before the cache (authentication and
/// authorization run first), so a request the gateway refuses is refused before any cached answer is looked up.
/// An answer whose composition overlapped a change made through the gateway is not kept: it may hold what the change
/// replaced, and an editor reading right after their change (or waiting on that same composition) would see it.
/// </summary>
public sealed class PublicViewCachePolicy(TimeSpan duration, string tag) : IOutputCachePolicy
{
    private static readonly object GenerationKey = new();

    private static ViewEviction Eviction(OutputCacheContext context) => context.HttpContext.RequestServices.GetRequiredService<ViewEviction>();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        context.HttpContext.Items[GenerationKey] = Eviction(context).Generation;
        var method = context.HttpContext.Request.Method;
        var cacheable = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duration;
        context.Tags.Add(tag);
        // As the default policy: every query value is part of the key.
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var evictedMeanwhile = context.HttpContext.Items[GenerationKey] is not long started || started != Eviction(context).Generation;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie) || evictedMeanwhile)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
