using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Nplv.Gateway.Hosting;

/// <summary>The size of a request body, and how many changes each client may make.</summary>
public static class RequestLimitsExtensions
{
    private const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        // Bodies are small JSON documents; anything larger is refused while it is read (413).
        var maxBodyBytes = builder.Configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? DefaultMaxRequestBodyBytes;
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = maxBodyBytes);

        var writes = builder.Configuration.GetSection("RateLimiting:Writes");
        var permitLimit = writes.GetValue("PermitLimit", 60);
        var window = writes.GetValue("Window", TimeSpan.FromMinutes(1));
        builder.Services.AddRateLimiter(options =>
        {
            // Reads are not limited; each client (its token's subject, else its address) gets its own budget of writes.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsRead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reads")
                : RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permitLimit,
                    Window = window,
                    QueueLimit = 0,
                }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                rejected.HttpContext.Response.Headers.RetryAfter =
                    ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many changes; slow down.",
                        Detail = $"At most {permitLimit} changes per {window} for each client.",
                    },
                });
            };
        });
        return builder;
    }

    private static bool IsRead(string method)
        => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static string ClientOf(HttpContext context)
        => context.User.FindFirstValue("sub") is { } subject
            ? "sub:" + subject
            : "ip:" + context.Connection.RemoteIpAddress;
}
