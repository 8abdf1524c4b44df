using Microsoft.Extensions.Configuration;
using Aspire.Hosting.Eventing;
using Microsoft.Extensions.DependencyInjection;

namespace Nplv.AppHost.Postgres;

public static class LocalPostgresExtensions
{
    private const string ResourceName = "postgres";
    private const string ReadyCheckName = "postgres-accepts-connections";
    private const int DefaultPort = 15432;

    /// <summary>
    /// Debian's PostgreSQL, run by the app host as an executable. Its data lives under the user's data folder
    /// (<c>Postgres:DataDirectory</c> overrides), so it survives restarts; deleting that folder starts from empty.
    /// </summary>
    public static NplvDatabases AddLocalPostgres(this IDistributedApplicationBuilder builder)
    {
        var bin = DebianPostgresCluster.FindBinDirectory() ?? throw new PostgresUnavailableException(
            "Postgres:Mode is 'local' but no PostgreSQL server is installed: sudo apt-get install -y postgresql");
        var port = builder.Configuration.GetValue("Postgres:Port", DefaultPort);
        var cluster = new DebianPostgresCluster(bin, DataRoot(builder.Configuration, bin));
        var password = builder.AddParameter("postgres-password", cluster.ReadOrCreatePassword(), secret: true);

        var (fileName, arguments) = cluster.ServerCommand(port);
        var server = builder.AddExecutable(ResourceName, fileName, cluster.RootDirectory, arguments)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck(ReadyCheckName);

        var serverConnectionString = $"Host=127.0.0.1;Port={port};Username={DebianPostgresCluster.SuperUser};Timeout=3";
        builder.Services.AddHealthChecks().AddNpgSql(
            _ => $"{serverConnectionString};Password={cluster.ReadOrCreatePassword()}",
            name: ReadyCheckName);

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server.Resource, async (_, cancellationToken) =>
            await cluster.InitializeAsync(cluster.ReadOrCreatePassword(), cancellationToken));

        NplvDatabase Database(string name)
        {
            var connectionString = builder.AddConnectionString(
                name, ReferenceExpression.Create($"{serverConnectionString};Password={password};Database={name}"));
            return new NplvDatabase(connectionString, server);
        }

        return new NplvDatabases(Database("partnersdb"), Database("measuresdb"), Database("indicatorsdb"));
    }

    private static string DataRoot(IConfiguration configuration, string bin)
    {
        var configured = configuration["Postgres:DataDirectory"];
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }

        var major = Path.GetFileName(Path.GetDirectoryName(bin)) ?? "local";
        // The postgres user cannot enter root's home, so root keeps its cluster under /var/lib.
        if (DebianPostgresCluster.IsRoot)
        {
            return Path.Combine("/var/lib/nplv/postgres", major);
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "nplv", "postgres", major);
    }
}
