namespace Nplv.Gateway.Hosting;

/// <summary>Browser frontends on other origins, listed in <c>Cors:AllowedOrigins</c>; none by default.</summary>
public static class FrontendCorsExtensions
{
    private const string Policy = "frontends";

    public static IHostApplicationBuilder AddFrontendCors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCors(options => options.AddPolicy(Policy, policy => policy
            .WithOrigins(builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "traceparent", "tracestate")
            .WithExposedHeaders("ETag", "Location", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return builder;
    }

    public static WebApplication UseFrontendCors(this WebApplication app)
    {
        app.UseCors(Policy);
        return app;
    }
}
