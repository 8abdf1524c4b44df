using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Nplv.AppHost.Postgres;

public static class LocalPostgresExtensions
{
    private const string ResourceName = "postgres";
    private const string ReadyCheckName = "postgres-accepts-connections";
    private const int DefaultPort = 15432;

    /// <summary>
    /// Debian's PostgreSQL, run by the app host as an executable. Its data lives under the user's data folder
    /// (<c>Postgres:DataDirectory</c> moves it), so it survives restarts; deleting that folder starts from empty.
    /// </summary>
    public static NplvDatabases AddLocalPostgres(this IDistributedApplicationBuilder builder)
    {
        var bin = DebianPostgres.FindBinDirectory() ?? throw new PostgresUnavailableException(
            "Postgres:Mode is 'local' but no PostgreSQL server is installed: sudo apt-get install -y postgresql");
        var port = builder.Configuration.GetValue("Postgres:Port", DefaultPort);
        var configuredRoot = builder.Configuration["Postgres:DataDirectory"];
        var cluster = new DebianPostgresCluster(
            bin, string.IsNullOrEmpty(configuredRoot) ? DebianPostgres.DefaultRootDirectory(bin) : Path.GetFullPath(configuredRoot));
        var passwordValue = cluster.ReadOrCreatePassword();
        var password = builder.AddParameter("postgres-password", passwordValue, secret: true);

        var (fileName, arguments) = cluster.ServerCommand(port);
        var server = builder.AddExecutable(ResourceName, fileName, cluster.RootDirectory, arguments)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck(ReadyCheckName);

        var serverConnectionString = $"Host=127.0.0.1;Port={port};Username={DebianPostgres.SuperUser};Timeout=3";
        builder.Services.AddHealthChecks().AddNpgSql($"{serverConnectionString};Password={passwordValue}", name: ReadyCheckName);

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server.Resource, async (_, cancellationToken) =>
            await cluster.InitializeAsync(passwordValue, cancellationToken));

        return NplvDatabases.Create(name => new NplvDatabase(
            builder.AddConnectionString(name, ReferenceExpression.Create($"{serverConnectionString};Password={password};Database={name}")),
            server));
    }
}
