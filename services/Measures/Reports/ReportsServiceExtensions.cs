using Microsoft.Extensions.DependencyInjection.Extensions;
using Nplv.Measures.Reports.Data;
using Nplv.Measures.Reports.Grpc;

namespace Nplv.Measures.Reports;

public static class ReportsServiceExtensions
{
    /// <summary>Reporting periods and progress reports, in the measures' database.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IReportStore, ReportStore>();
        services.AddSingleton<ReportRegistry>();
        return services;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        app.MapGrpcService<ReportsGrpcService>();
        return app;
    }
}
