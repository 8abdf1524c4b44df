using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Nplv.Gateway.Auth;

namespace Nplv.Gateway.Web;

/// <summary>
/// The web dashboard: the bundle that <c>web/</c> builds into <c>wwwroot</c>, with every page address answered by its
/// <c>index.html</c> so links and reloads work. API addresses that match no route keep their 404 ProblemDetails.
/// Registered with <see cref="AddWebDashboard"/>, served with <see cref="UseWebDashboard"/> and <see cref="MapWebDashboard"/>.
/// </summary>
public static class WebDashboardExtensions
{
    // The bundle talks to this gateway, and to the sign-in provider when one is configured; ECharts and Preact set
    // styles through the DOM, not inline <style> tags.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; " +
        "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private const string PagePattern = $"{{*path:{PageAddressConstraint.Name}}}";

    public static IHostApplicationBuilder AddWebDashboard(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RouteOptions>(options =>
            options.SetParameterPolicy<PageAddressConstraint>(PageAddressConstraint.Name));
        return builder;
    }

    public static WebApplication UseWebDashboard(this WebApplication app)
    {
        var policy = PolicyFor(app.Services.GetRequiredService<IOptions<SignInProviderOptions>>().Value);
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = context => SetHeaders(context, policy) });
        return app;
    }

    public static WebApplication MapWebDashboard(this WebApplication app)
    {
        var policy = PolicyFor(app.Services.GetRequiredService<IOptions<SignInProviderOptions>>().Value);
        app.MapFallbackToFile(PagePattern, "index.html", new StaticFileOptions { OnPrepareResponse = context => SetHeaders(context, policy) })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The pages fetch the provider's discovery document and trade their code at its token endpoint.</summary>
    private static string PolicyFor(SignInProviderOptions provider)
        => provider.IsConfigured && Uri.TryCreate(provider.Authority, UriKind.Absolute, out var uri)
            ? $"{ContentSecurityPolicy}; connect-src 'self' {uri.GetLeftPart(UriPartial.Authority)}"
            : ContentSecurityPolicy;

    private static void SetHeaders(StaticFileResponseContext context, string contentSecurityPolicy)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.Context.Request.Path.StartsWithSegments("/assets"))
        {
            // Vite names every bundled file by its content hash: a new build is a new address.
            headers.CacheControl = "public, max-age=31536000, immutable";
            return;
        }

        headers.CacheControl = "no-cache";
        if (context.File.Name.EndsWith(".html", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
        }
    }
}
