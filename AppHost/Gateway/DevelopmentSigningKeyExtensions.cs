namespace Nplv.AppHost.Gateway;

public static class DevelopmentSigningKeyExtensions
{
    /// <summary>
    /// A local run signs its own bearer tokens: a random key, generated once and kept in the app host's user secrets,
    /// which the gateway uses to validate tokens and to issue them at <c>POST /dev/tokens</c> (Development only).
    /// Published deployments get no key; they configure their identity provider instead.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithDevelopmentSigningKey(this IResourceBuilder<ProjectResource> gateway)
    {
        var builder = gateway.ApplicationBuilder;
        if (!builder.ExecutionContext.IsRunMode)
        {
            return gateway;
        }

        var key = builder.AddParameter(
            "gateway-signing-key",
            new GenerateParameterDefault { MinLength = 64, Special = false },
            secret: true,
            persist: true);
        return gateway.WithEnvironment("Auth__DevelopmentSigningKey", key);
    }
}
