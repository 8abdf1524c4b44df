using Nplv.Indicators.Imports.Data;
using Nplv.Indicators.Imports.Grpc;
using Nplv.Indicators.Imports.Mapping;
using Nplv.Indicators.Imports.StatLine;

namespace Nplv.Indicators.Imports;

public static class ImportsServiceExtensions
{
    /// <summary>The import pipeline: planning, mappings, the importer, its records and its metrics.</summary>
    public static IHostApplicationBuilder AddImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ImportStore>();
        builder.Services.AddSingleton<ImportReferenceStore>();
        builder.Services.AddSingleton<AreaImportStore>();
        builder.Services.AddSingleton(MappingCatalog.LoadBuiltIn());
        builder.Services.AddSingleton<ImportPlanner>();
        builder.Services.AddSingleton<ImportMetrics>();
        builder.Services.AddSingleton<ObservationImporter>();
        builder.AddStatLine();
        return builder;
    }

    /// <summary>
    /// The StatLine connector: its catalogues' addresses, and one HTTP client for them with the standard resilience
    /// handler (Microsoft.Extensions.Http.Resilience: retries with jittered backoff, a timeout per attempt, a circuit
    /// breaker), tuned under <c>StatLine:Resilience</c>.
    /// </summary>
    private static void AddStatLine(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(StatLineOptions.Section);
        builder.Services.Configure<StatLineOptions>(section);
        builder.Services.AddHttpClient<StatLineClient>()
            .AddStandardResilienceHandler(options => section.GetSection("Resilience").Bind(options));
        // Transient, like the typed client they use, so its handler is renewed as the factory intends.
        builder.Services.AddTransient<StatLineRows>();
        builder.Services.AddTransient<StatLineImportPlanner>();
    }

    public static WebApplication MapImports(this WebApplication app)
    {
        app.MapGrpcService<ImportsGrpcService>();
        return app;
    }
}
