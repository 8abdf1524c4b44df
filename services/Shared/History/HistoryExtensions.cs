using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Nplv.Shared.History;

public static class HistoryExtensions
{
    /// <summary>The history of the service's records (<see cref="HistoryLog"/>), answered for <paramref name="kinds"/>.</summary>
    public static IServiceCollection AddHistory(this IServiceCollection services, params string[] kinds)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<CallActor>();
        services.AddSingleton<HistoryLog>();
        services.AddSingleton(new HistoryKinds(kinds));
        return services;
    }

    public static IEndpointRouteBuilder MapHistory(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<HistoryGrpcService>();
        return endpoints;
    }
}
