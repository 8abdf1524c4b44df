using Nplv.Gateway.Auth;
using Nplv.History.V1;

namespace Nplv.Gateway.Apis;

/// <summary>The history contract's clients, one per service that answers it.</summary>
public static class HistoryClients
{
    public const string Partners = "history-partners";
    public const string Measures = "history-measures";
    public const string Indicators = "history-indicators";
    public const string Imports = Indicators;

    public static IHostApplicationBuilder AddHistoryClients(this IHostApplicationBuilder builder)
    {
        builder.AddGrpcServiceClient<HistoryService.HistoryServiceClient>("partners", Partners).AddInterceptor<ActorInterceptor>();
        builder.AddGrpcServiceClient<HistoryService.HistoryServiceClient>("measures", Measures).AddInterceptor<ActorInterceptor>();
        builder.AddGrpcServiceClient<HistoryService.HistoryServiceClient>("indicators", Indicators).AddInterceptor<ActorInterceptor>();
        return builder;
    }
}
