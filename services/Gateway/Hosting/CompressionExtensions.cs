using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Nplv.Gateway.Hosting;

public static class CompressionExtensions
{
    /// <summary>
    /// Brotli or gzip when the client asks, at the fastest level: the views are large and repetitive JSON, and the
    /// outlines of a kaart (GeoJSON, mostly digits) shrink to about a third.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayCompression(this IHostApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            // The API's bodies are public programme data; nothing secret rides beside what a client sent.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "application/geo+json"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }
}
