namespace Nplv.Gateway.Imports;

public static class ImportsServiceExtensions
{
    public static IHostApplicationBuilder AddGatewayImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration("Gateway:Imports")
            .Validate(options => options.MaxConcurrent >= 1 && options.MaxFileBytes >= 1 && options.MaxPartBytes >= 1
                                 && options.Deadline > TimeSpan.Zero,
                "Gateway:Imports needs MaxConcurrent, MaxFileBytes and MaxPartBytes of at least 1 and a positive Deadline.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RunningImports>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RunningImports>());
        return builder;
    }
}
