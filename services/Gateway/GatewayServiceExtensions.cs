using Nplv.Gateway.Apis;
using Nplv.Gateway.Errors;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.Gateway;

public static class GatewayServiceExtensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddGrpcServiceClient<PartnersService.PartnersServiceClient>("partners");
        builder.AddGrpcServiceClient<MeasuresService.MeasuresServiceClient>("measures");
        builder.AddGrpcServiceClient<IndicatorsService.IndicatorsServiceClient>("indicators");

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<GrpcExceptionHandler>();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapGatewayApis(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapPartnersApi();
        v1.MapMeasuresApi();
        v1.MapAreasApi();
        return app;
    }
}
