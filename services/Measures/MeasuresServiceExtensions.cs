using Nplv.Measures.Data;
using Nplv.Measures.Domain;
using Nplv.Measures.Grpc;
using Nplv.Measures.Remote;
using Nplv.Measures.AnnualReports;
using Nplv.Measures.Reports;
using Nplv.Indicators.V1;
using Nplv.Partners.V1;
using Nplv.Shared.Data;
using Nplv.Shared.Grpc;
using Nplv.Shared.History;

namespace Nplv.Measures;

public static class MeasuresServiceExtensions
{
    public static IHostApplicationBuilder AddMeasuresServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("measuresdb", typeof(MeasureStore).Assembly);
        builder.AddGrpcServiceClient<PartnersService.PartnersServiceClient>("partners");
        builder.AddGrpcServiceClient<IndicatorsService.IndicatorsServiceClient>("indicators");
        builder.Services.AddSingleton<IPartnerDirectory, GrpcPartnerDirectory>();
        builder.Services.AddSingleton<IIndicatorDirectory, GrpcIndicatorDirectory>();
        builder.Services.AddSingleton<IMeasureStore, MeasureStore>();
        builder.Services.AddDatabaseSeeder<MeasureSeeder>();
        builder.Services.AddSingleton<MeasureRegistry>();
        builder.Services.AddReports();
        builder.Services.AddAnnualReports();
        builder.Services.AddHistory("measure", "report");
        builder.Services.AddDomainExceptionMapping();
        return builder;
    }

    public static WebApplication MapMeasuresServices(this WebApplication app)
    {
        app.MapGrpcService<MeasuresGrpcService>();
        app.MapReports();
        app.MapAnnualReports();
        app.MapHistory();
        return app;
    }
}
