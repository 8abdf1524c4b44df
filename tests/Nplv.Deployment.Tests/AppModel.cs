using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Nplv.Deployment.Tests;

/// <summary>A project resource as the app host wires it for publishing.</summary>
/// <param name="Port">The port its <c>http</c> endpoint listens on in a container (8080 unless the model says).</param>
/// <param name="Http2">Whether that endpoint speaks HTTP/2 only (h2c), as the gRPC services do.</param>
/// <param name="Databases">The connection strings it gets: <c>ConnectionStrings__{name}</c>.</param>
/// <param name="References">The services it calls: <c>services__{name}__http__0</c>.</param>
public sealed record ProjectSpec(
    string Name, int Port, bool Http2, bool External, IReadOnlySet<string> Databases, IReadOnlySet<string> References);

/// <summary>
/// The app host's model, built in publish mode and never started: no process, no PostgreSQL, no container. The
/// databases come from connection strings given here, the way an existing server is used. Only the plain-HTTP
/// endpoints count: TLS ends at the Ingress or the host, so the <c>https</c> endpoints publish mode adds are not
/// deployed.
/// </summary>
public sealed class AppModel : IAsyncLifetime
{
    public const int ContainerPort = 8080;
    private const string ConnectionStringPrefix = "ConnectionStrings__";
    private const string ServicePrefix = "services__";

    public IReadOnlyList<ProjectSpec> Projects { get; private set; } = [];

    public IReadOnlySet<string> Databases { get; private set; } = new HashSet<string>();

    public ProjectSpec Project(string name) => Projects.Single(project => project.Name == name);

    public async Task InitializeAsync()
    {
        using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Nplv_AppHost>(
            [
                "--operation", "publish",
                "--Postgres:Mode=existing",
                "--ConnectionStrings:postgres=Host=postgres;Username=postgres",
            ],
            (options, _) => options.DisableDashboard = true);
        Assert.True(builder.ExecutionContext.IsPublishMode);

        var projects = new List<ProjectSpec>();
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            projects.Add(await DescribeAsync(project, builder.ExecutionContext));
        }

        Projects = projects;
        Databases = builder.Resources.OfType<IResourceWithConnectionString>().Select(resource => resource.Name).ToHashSet();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<ProjectSpec> DescribeAsync(ProjectResource project, DistributedApplicationExecutionContext executionContext)
    {
        var http = project.Annotations.OfType<EndpointAnnotation>().Single(endpoint => endpoint.Name == "http");
        var environment = new Dictionary<string, object>();
        var context = new EnvironmentCallbackContext(executionContext, project, environment);
        foreach (var callback in project.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        var databases = environment.Keys
            .Where(key => key.StartsWith(ConnectionStringPrefix, StringComparison.Ordinal))
            .Select(key => key[ConnectionStringPrefix.Length..])
            .ToHashSet();
        var references = environment
            .Where(variable => variable.Key.StartsWith(ServicePrefix, StringComparison.Ordinal)
                && variable.Value is EndpointReference { EndpointName: "http" })
            .Select(variable => ((EndpointReference)variable.Value).Resource.Name)
            .ToHashSet();

        return new ProjectSpec(
            project.Name,
            http.TargetPort ?? ContainerPort,
            http.Transport == "http2",
            http.IsExternal,
            databases,
            references);
    }
}

[CollectionDefinition(Name)]
public sealed class AppModelCollection : ICollectionFixture<AppModel>
{
    public const string Name = "app model";
}
