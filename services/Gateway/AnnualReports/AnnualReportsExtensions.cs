using Microsoft.Extensions.DependencyInjection.Extensions;
using Nplv.Contracts;
using Nplv.Gateway.Auth;
using Nplv.Measures.V1;

namespace Nplv.Gateway.AnnualReports;

public static class AnnualReportsExtensions
{
    /// <summary>The annual reports: asked for through the API, made by this gateway's background worker.</summary>
    public static IHostApplicationBuilder AddGatewayAnnualReports(this IHostApplicationBuilder builder)
    {
        // A report's content travels whole in one message, larger than gRPC's default 4 MB allows.
        builder.AddGrpcServiceClient<AnnualReportsService.AnnualReportsServiceClient>("measures")
            .AddInterceptor<ActorInterceptor>()
            .ConfigureChannel(channel =>
            {
                channel.MaxReceiveMessageSize = AnnualReportContract.MaxMessageBytes;
                channel.MaxSendMessageSize = AnnualReportContract.MaxMessageBytes;
            });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AnnualReportSignal>();
        builder.Services.AddScoped<AnnualReportComposer>();
        builder.Services.AddScoped<AnnualReportGenerator>();
        builder.Services.AddHostedService<AnnualReportWorker>();
        return builder;
    }
}
