using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Nplv.Shared.Grpc;

public static class DomainExceptionMappingExtensions
{
    /// <summary>gRPC services answer domain exceptions with the matching status and rich details.</summary>
    public static IServiceCollection AddDomainExceptionMapping(this IServiceCollection services)
        => services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<DomainExceptionInterceptor>());
}
