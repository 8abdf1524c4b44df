using Microsoft.AspNetCore.OutputCaching;

namespace Nplv.Gateway.Views;

/// <summary>
/// Whole answers of the combined views are kept for <see cref="ViewOptions.CacheDuration"/> (tag <c>views</c>); any
/// change made through the gateway evicts them, so an editor sees the change at once. Degraded answers are never
/// kept. Signed-in readers share the cache with everyone else (<see cref="PublicViewCachePolicy"/>): the views do not
/// depend on who asks.
/// </summary>
public static class ViewCacheExtensions
{
    public const string Tag = "views";
    private const string Policy = "views";

    public static IHostApplicationBuilder AddViewCache(this IHostApplicationBuilder builder)
    {
        var duration = builder.Configuration.GetValue("Gateway:Views:CacheDuration", new ViewOptions().CacheDuration);
        builder.Services.AddSingleton<ViewEviction>();
        builder.Services.AddOutputCache(options =>
        {
            if (duration > TimeSpan.Zero)
            {
                options.AddPolicy(Policy, new PublicViewCachePolicy(duration, Tag));
            }
            else
            {
                options.AddPolicy(Policy, policy => policy.NoCache());
            }
        });
        return builder;
    }

    public static RouteHandlerBuilder CacheView(this RouteHandlerBuilder route) => route.CacheOutput(Policy);

    /// <summary>A view that could not load every part is answered, not kept.</summary>
    public static void DoNotCache(this HttpContext context)
    {
        if (context.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
    }

    /// <summary>After a change went through, the views that may show it are read again.</summary>
    public static RouteHandlerBuilder EvictsViews(this RouteHandlerBuilder route) => route.AddEndpointFilter(async (context, next) =>
    {
        var result = await next(context);
        var answered = result is INestedHttpResult nested ? nested.Result : result;
        if (answered is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
        {
            await context.HttpContext.RequestServices.GetRequiredService<ViewEviction>().EvictViewsAsync(context.HttpContext.RequestAborted);
        }

        return result;
    });
}
