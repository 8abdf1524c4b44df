using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.ResponseCompression;

namespace Nplv.Gateway.Hosting;

/// <summary>Request body size, rate limits on writes, CORS for the frontends' origins and response compression.</summary>
public static class GatewayLimitsExtensions
{
    private const string CorsPolicy = "frontends";
    private const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static IHostApplicationBuilder AddGatewayLimits(this IHostApplicationBuilder builder)
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
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permitLimit,
                        Window = window,
                        QueueLimit = 0,
                    }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                rejected.HttpContext.Response.Headers.RetryAfter =
                    ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
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

        builder.Services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key")
            .WithExposedHeaders("ETag", "Location", "Retry-After")));

        builder.Services.AddResponseCompression(options =>
        {
            // The API's bodies are public programme data; nothing secret rides beside what a client sent.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("application/problem+json");
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return builder;
    }

    public static WebApplication UseGatewayLimits(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseCors(CorsPolicy);
        return app;
    }

    private static string ClientOf(HttpContext context)
        => context.User.FindFirstValue("sub") is { } subject
            ? "sub:" + subject
            : "ip:" + context.Connection.RemoteIpAddress;
}
