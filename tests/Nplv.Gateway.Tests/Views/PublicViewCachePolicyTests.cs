using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Nplv.Gateway.Views;

namespace Nplv.Gateway.Tests.Views;

/// <summary>Which answers of the views the cache keeps: whole ones for everyone, none that overlapped a change.</summary>
public sealed class PublicViewCachePolicyTests
{
    private static readonly IOutputCachePolicy Policy = new PublicViewCachePolicy(TimeSpan.FromSeconds(10), ViewCacheExtensions.Tag);

    private static (OutputCacheContext Context, ViewEviction Eviction) Request(string method = "GET", string? token = "Bearer abc")
    {
        var services = new ServiceCollection().AddOptions().AddLogging().AddOutputCache().AddSingleton<ViewEviction>().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = method;
        if (token is not null)
        {
            http.Request.Headers.Authorization = token;
        }

        return (new OutputCacheContext { HttpContext = http }, services.GetRequiredService<ViewEviction>());
    }

    [Fact]
    public async Task ASignedInReadersAnswerIsLookedUpAndKeptForEveryone()
    {
        var (context, _) = Request();

        await Policy.CacheRequestAsync(context, CancellationToken.None);
        context.HttpContext.Response.StatusCode = StatusCodes.Status200OK;
        await Policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.True(context.AllowCacheLookup);
        Assert.True(context.AllowCacheStorage);
        Assert.Contains(ViewCacheExtensions.Tag, context.Tags);
    }

    [Fact]
    public async Task AnAnswerWhoseCompositionOverlappedAChangeIsNotKept()
    {
        var (context, eviction) = Request();

        await Policy.CacheRequestAsync(context, CancellationToken.None);
        await eviction.EvictViewsAsync(CancellationToken.None);
        context.HttpContext.Response.StatusCode = StatusCodes.Status200OK;
        await Policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.False(context.AllowCacheStorage);
    }

    [Theory]
    [InlineData(StatusCodes.Status503ServiceUnavailable)]
    [InlineData(StatusCodes.Status404NotFound)]
    [InlineData(StatusCodes.Status401Unauthorized)]
    public async Task OnlyAWholeOkIsKept(int status)
    {
        var (context, _) = Request();

        await Policy.CacheRequestAsync(context, CancellationToken.None);
        context.HttpContext.Response.StatusCode = status;
        await Policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task AChangeIsNeverLookedUpOrKept()
    {
        var (context, _) = Request("POST");

        await Policy.CacheRequestAsync(context, CancellationToken.None);

        Assert.False(context.AllowCacheLookup);
        Assert.False(context.AllowCacheStorage);
    }
}
