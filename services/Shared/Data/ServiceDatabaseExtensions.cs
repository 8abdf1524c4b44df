using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Nplv.Shared.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database: a pooled, traced <c>NpgsqlDataSource</c> with a health check,
    /// and at start-up the database created when missing, its schema migrated from the SQL scripts embedded
    /// in <paramref name="migrationsAssembly"/>, then the registered seeders run.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase(
        this IHostApplicationBuilder builder, string connectionName, Assembly migrationsAssembly)
    {
        // Statements run again and again are prepared once per connection: the server plans them only once.
        builder.AddNpgsqlDataSource(connectionName, configureDataSourceBuilder: dataSource =>
        {
            dataSource.ConnectionStringBuilder.MaxAutoPrepare = 64;
            dataSource.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        });

        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"Connection string '{connectionName}' is missing: set ConnectionStrings__{connectionName}.");

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
