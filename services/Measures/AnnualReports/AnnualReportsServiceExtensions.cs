using Nplv.Measures.AnnualReports.Data;
using Nplv.Measures.AnnualReports.Grpc;

namespace Nplv.Measures.AnnualReports;

public static class AnnualReportsServiceExtensions
{
    /// <summary>The annual reports and their queue, in the measures' database.</summary>
    public static IServiceCollection AddAnnualReports(this IServiceCollection services)
    {
        services.AddSingleton<IAnnualReportStore, AnnualReportStore>();
        return services;
    }

    public static WebApplication MapAnnualReports(this WebApplication app)
    {
        app.MapGrpcService<AnnualReportsGrpcService>();
        return app;
    }
}
