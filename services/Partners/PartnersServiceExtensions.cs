using Nplv.Partners.Data;
using Nplv.Partners.Grpc;
using Nplv.Shared.Data;
using Nplv.Shared.Grpc;
using Nplv.Shared.History;

namespace Nplv.Partners;

public static class PartnersServiceExtensions
{
    public static IHostApplicationBuilder AddPartnersServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase("partnersdb", typeof(PartnerStore).Assembly);
        builder.Services.AddSingleton<PartnerStore>();
        builder.Services.AddDatabaseSeeder<PartnerSeeder>();
        builder.Services.AddHistory("partner");
        builder.Services.AddDomainExceptionMapping();
        return builder;
    }

    public static WebApplication MapPartnersServices(this WebApplication app)
    {
        app.MapGrpcService<PartnersGrpcService>();
        app.MapHistory();
        return app;
    }
}
