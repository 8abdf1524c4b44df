using Nplv.Indicators.Imports.Data;
using Nplv.Indicators.Imports.Grpc;
using Nplv.Indicators.Imports.Mapping;

namespace Nplv.Indicators.Imports;

public static class ImportsServiceExtensions
{
    /// <summary>The import pipeline: planning, mappings, the importer, its records and its metrics.</summary>
    public static IHostApplicationBuilder AddImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ImportStore>();
        builder.Services.AddSingleton<ImportReferenceStore>();
        builder.Services.AddSingleton(MappingCatalog.LoadBuiltIn());
        builder.Services.AddSingleton<ImportPlanner>();
        builder.Services.AddSingleton<ImportMetrics>();
        builder.Services.AddSingleton<ObservationImporter>();
        return builder;
    }

    public static WebApplication MapImports(this WebApplication app)
    {
        app.MapGrpcService<ImportsGrpcService>();
        return app;
    }
}
