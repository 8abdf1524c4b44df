namespace Nplv.Gateway.Imports;

public static class ImportsServiceExtensions
{
    public static IHostApplicationBuilder AddGatewayImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration("Gateway:Imports");
        builder.Services.AddSingleton<RunningImports>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RunningImports>());
        return builder;
    }
}
