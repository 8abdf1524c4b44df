using Nplv.Gateway.AnnualReports;
using Nplv.Gateway.Apis;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Errors;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Imports;
using Nplv.Gateway.Views;
using Nplv.Gateway.Web;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.Gateway;

public static class GatewayServiceExtensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        // Every call names the signed-in user, for the services' checks and records.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ActorInterceptor>();
        builder.AddGrpcServiceClient<PartnersService.PartnersServiceClient>("partners").AddInterceptor<ActorInterceptor>();
        builder.AddGrpcServiceClient<MeasuresService.MeasuresServiceClient>("measures").AddInterceptor<ActorInterceptor>();
        builder.AddGrpcServiceClient<ReportsService.ReportsServiceClient>("measures").AddInterceptor<ActorInterceptor>();
        builder.AddGrpcServiceClient<IndicatorsService.IndicatorsServiceClient>("indicators").AddInterceptor<ActorInterceptor>();
        builder.AddGrpcServiceClient<ImportsService.ImportsServiceClient>("indicators").AddInterceptor<ActorInterceptor>();
        builder.AddHistoryClients();

        builder.Services.AddOptions<ViewOptions>().BindConfiguration("Gateway:Views")
            .Validate(views => views.MaxConcurrentCompositions > 0 && views.CompositionQueueLimit >= 0 && views.CompositionQueueTimeout >= TimeSpan.Zero,
                "Gateway:Views needs MaxConcurrentCompositions above 0, and CompositionQueueLimit and CompositionQueueTimeout not below 0.")
            .ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.AddViewCache();
        builder.Services.AddSingleton<ViewMetrics>();
        builder.Services.AddSingleton<ViewCompositionGate>();
        builder.Services.AddScoped<AreaFiguresLoader>();
        builder.Services.AddScoped<AreaDashboardBuilder>();
        builder.Services.AddScoped<MeasureOverviewBuilder>();
        builder.Services.AddScoped<ProgrammeOverviewBuilder>();
        builder.AddGatewayImports();
        builder.AddGatewayAnnualReports();

        // Unreadable requests become exceptions, so BadRequestExceptionHandler can say what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemTitles.Describe);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<GrpcExceptionHandler>();

        builder.AddGatewayAuth();
        builder.AddRequestLimits();
        builder.AddFrontendCors();
        builder.AddGatewayCompression();
        builder.AddGatewayOpenApi();
        builder.AddWebDashboard();
        return builder;
    }

    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseWebDashboard();
        app.UseFrontendCors();
        app.UseAuthentication();
        // After authentication, so writes count per token; before authorization, so refused writes count too.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapGatewayApis(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapPartnersApi();
        v1.MapMeasuresApi();
        v1.MapIndicatorsApi();
        v1.MapObservationsApi();
        v1.MapTargetsApi();
        v1.MapReportsApi();
        v1.MapAttachmentsApi();
        v1.MapAreaShapesApi();
        v1.MapAreasApi();
        v1.MapViewsApi();
        v1.MapImportsApi();
        v1.MapHistoryApi();
        v1.MapAnnualReportsApi();
        v1.MapSignInApi();
        app.MapDevelopmentTokens();
        app.MapGatewayOpenApi();
        app.MapWebDashboard();
        return app;
    }
}
