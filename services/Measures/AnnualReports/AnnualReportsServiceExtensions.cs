using Nplv.Contracts;
using Nplv.Measures.AnnualReports.Data;
using Nplv.Measures.AnnualReports.Grpc;

namespace Nplv.Measures.AnnualReports;

public static class AnnualReportsServiceExtensions
{
    /// <summary>The annual reports and their queue, in the measures' database.</summary>
    public static IServiceCollection AddAnnualReports(this IServiceCollection services)
    {
        services.AddSingleton<IAnnualReportStore, AnnualReportStore>();
        // A report's content arrives in one message, and is read in one: larger than gRPC's default 4 MB allows.
        services.AddGrpc().AddServiceOptions<AnnualReportsGrpcService>(options =>
        {
            options.MaxReceiveMessageSize = AnnualReportContract.MaxMessageBytes;
            options.MaxSendMessageSize = AnnualReportContract.MaxMessageBytes;
        });
        return services;
    }

    public static WebApplication MapAnnualReports(this WebApplication app)
    {
        app.MapGrpcService<AnnualReportsGrpcService>();
        return app;
    }
}
