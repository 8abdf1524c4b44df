using Nplv.Indicators.Data;
using Nplv.Indicators.Domain;
using Nplv.Indicators.Grpc;
using Nplv.Indicators.Imports;
using Nplv.Indicators.Shapes;
using Nplv.Shared.Data;
using Nplv.Shared.Grpc;
using Nplv.Shared.History;

namespace Nplv.Indicators;

public static class IndicatorsServiceExtensions
{
    public static IHostApplicationBuilder AddIndicatorsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("indicatorsdb", typeof(AreaStore).Assembly);
        builder.Services.AddDatabaseSeeder<AreaSeeder>();
        builder.Services.AddDatabaseSeeder<IndicatorSeeder>();
        builder.Services.AddSingleton<AreaStore>();
        builder.Services.AddSingleton<IndicatorStore>();
        builder.Services.AddSingleton<ObservationStore>();
        builder.Services.AddSingleton<TargetStore>();
        builder.Services.AddSingleton<TargetProgressReader>();
        builder.Services.AddSingleton<SeriesReader>();
        builder.Services.AddSingleton<ObservationStreamSlots>();
        builder.Services.AddSingleton<AreaShapeStore>();
        builder.Services.AddSingleton<AreaShapeImporter>();
        builder.AddImports();
        builder.Services.AddDomainExceptionMapping();
        builder.Services.AddHistory("indicator", "target", "import");
        return builder;
    }

    public static WebApplication MapIndicatorsServices(this WebApplication app)
    {
        app.MapGrpcService<IndicatorsGrpcService>();
        app.MapHistory();
        app.MapImports();
        return app;
    }
}
