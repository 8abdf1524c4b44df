using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Nplv.Shared.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database: a traced <c>NpgsqlDataSource</c> with a health check and a bounded pool
    /// (<see cref="ConnectionPoolSizes"/>), and at start-up the database created when missing, its schema migrated
    /// from the SQL scripts embedded in <paramref name="migrationsAssembly"/>, the registered seeders run, and the
    /// pool warmed.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase(
        this IHostApplicationBuilder builder, string connectionName, Assembly migrationsAssembly)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"Connection string '{connectionName}' is missing: set ConnectionStrings__{connectionName}.");

        builder.AddNpgsqlDataSource(connectionName, configureDataSourceBuilder: dataSource =>
        {
            // Statements run again and again are prepared once per connection: the server plans them only once.
            dataSource.ConnectionStringBuilder.MaxAutoPrepare = 64;
            dataSource.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
            ConnectionPoolSizes.ApplyDefaults(dataSource.ConnectionStringBuilder, connectionString);
            // So an operator's pg_stat_activity says which service holds each connection.
            dataSource.ConnectionStringBuilder.ApplicationName ??= builder.Environment.ApplicationName;
        });

        builder.Services.AddSingleton<ServiceDatabase>();
        builder.Services.AddSingleton(new DatabaseMigrationOptions(connectionString, migrationsAssembly));
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    /// <summary>Adds a seeder that runs after the migrations, at every start; seeders must be idempotent.</summary>
    public static IServiceCollection AddDatabaseSeeder<TSeeder>(this IServiceCollection services)
        where TSeeder : class, IDatabaseSeeder
        => services.AddSingleton<IDatabaseSeeder, TSeeder>();
}

public sealed record DatabaseMigrationOptions(string ConnectionString, Assembly MigrationsAssembly);

public interface IDatabaseSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
