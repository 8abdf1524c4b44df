using Microsoft.Extensions.DependencyInjection.Extensions;
using Nplv.Gateway.Auth;
using Nplv.Measures.V1;

namespace Nplv.Gateway.AnnualReports;

public static class AnnualReportsExtensions
{
    /// <summary>The annual reports: asked for through the API, made by this gateway's background worker.</summary>
    public static IHostApplicationBuilder AddGatewayAnnualReports(this IHostApplicationBuilder builder)
    {
        builder.AddGrpcServiceClient<AnnualReportsService.AnnualReportsServiceClient>("measures").AddInterceptor<ActorInterceptor>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AnnualReportSignal>();
        builder.Services.AddScoped<AnnualReportComposer>();
        builder.Services.AddScoped<AnnualReportGenerator>();
        builder.Services.AddHostedService<AnnualReportWorker>();
        return builder;
    }
}
