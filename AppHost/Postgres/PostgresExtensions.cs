using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Nplv.AppHost.Postgres;

public static class PostgresExtensions
{
    private const string ServerName = "postgres";

    /// <summary>
    /// One PostgreSQL server with a database per service, from the first of: connection strings in configuration
    /// (an existing server), a container (when a container runtime answers), Debian's PostgreSQL binaries run by
    /// the app host. <c>Postgres:Mode</c> (<c>existing</c>, <c>container</c>, <c>local</c>) skips the choice.
    /// </summary>
    public static NplvDatabases AddNplvDatabases(this IDistributedApplicationBuilder builder)
    {
        var mode = builder.Configuration["Postgres:Mode"]?.ToLowerInvariant() ?? "auto";
        return mode switch
        {
            "existing" => builder.AddExistingPostgres(),
            "container" => builder.AddContainerPostgres(),
            "local" => builder.AddLocalPostgres(),
            "auto" when HasConnectionStrings(builder.Configuration) => builder.AddExistingPostgres(),
            "auto" when ContainerRuntime.IsHealthy(builder.Configuration) => builder.AddContainerPostgres(),
            "auto" when DebianPostgres.FindBinDirectory() is not null => builder.AddLocalPostgres(),
            "auto" => throw new PostgresUnavailableException(NoPostgresMessage),
            _ => throw new PostgresUnavailableException(
                $"Postgres:Mode '{mode}' is not one of auto, existing, container, local."),
        };
    }

    private const string NoPostgresMessage =
        """
        No PostgreSQL to run the suite with. Do one of these, then start again:
          - install Debian's PostgreSQL server:   sudo apt-get install -y postgresql
          - start a container runtime (Docker or Podman), so the app host can run PostgreSQL in a container
          - point to an existing server:          export ConnectionStrings__postgres="Host=...;Username=...;Password=..."
        """;

    private static bool HasConnectionStrings(IConfiguration configuration)
        => !string.IsNullOrEmpty(configuration.GetConnectionString(ServerName)) || HasDatabaseConnectionStrings(configuration);

    private static bool HasDatabaseConnectionStrings(IConfiguration configuration)
        => NplvDatabases.Names.All(name => !string.IsNullOrEmpty(configuration.GetConnectionString(name)));

    /// <summary>
    /// An existing server: <c>ConnectionStrings:{db}</c> for each database, or <c>ConnectionStrings:postgres</c> for the
    /// server, whose databases the services create when they are missing.
    /// </summary>
    private static NplvDatabases AddExistingPostgres(this IDistributedApplicationBuilder builder)
    {
        var server = builder.Configuration.GetConnectionString(ServerName);
        if (!HasConnectionStrings(builder.Configuration))
        {
            throw new PostgresUnavailableException(
                "Postgres:Mode is 'existing' but neither ConnectionStrings:postgres nor a connection string for each of "
                + string.Join(", ", NplvDatabases.Names) + " is configured.");
        }

        return NplvDatabases.Create(name =>
        {
            if (string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name)))
            {
                builder.Configuration[$"ConnectionStrings:{name}"] =
                    new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            }

            return new NplvDatabase(builder.AddConnectionString(name), ReadyWhen: null);
        });
    }

    /// <summary>The Aspire PostgreSQL container, its data in a named volume that outlives the app host.</summary>
    private static NplvDatabases AddContainerPostgres(this IDistributedApplicationBuilder builder)
    {
        var server = builder.AddPostgres(ServerName).WithDataVolume("nplv-postgres-data");

        return NplvDatabases.Create(name =>
        {
            var database = server.AddDatabase(name);
            return new NplvDatabase(database, database);
        });
    }
}
