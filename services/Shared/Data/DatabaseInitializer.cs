using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Nplv.Shared.Data;

/// <summary>
/// Brings the database up to date before the service takes calls: hosted services start before Kestrel listens,
/// so no request ever meets an old schema.
/// </summary>
internal sealed partial class DatabaseInitializer(
    DatabaseMigrationOptions options,
    IEnumerable<IDatabaseSeeder> seeders,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    // Any constant works; it only has to be the same for every replica of the service.
    private const long MigrationLockKey = 0x6e706c76_6d696772;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await WaitForServerAsync(cancellationToken);
        EnsureDatabase.For.PostgresqlDatabase(options.ConnectionString, new UpgradeLog(logger));

        await using (var connection = new NpgsqlConnection(options.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            // Replicas starting together take turns; the second finds nothing left to do.
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                Migrate();
            }
            finally
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }

        if (configuration.GetValue("Seed:Enabled", true))
        {
            foreach (var seeder in seeders)
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Migrate()
    {
        var upgrader = DeployChanges.To
            .PostgresqlDatabase(options.ConnectionString)
            .WithScriptsEmbeddedInAssembly(options.MigrationsAssembly, name => name.Contains(".Migrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .JournalToPostgresqlTable("public", "schema_versions")
            .LogTo(new UpgradeLog(logger))
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Migration script '{result.ErrorScript?.Name}' failed; the database is left at the last good version.",
                result.Error);
        }
    }

    // In Kubernetes or with an existing server, the database may come up after the service.
    private async Task WaitForServerAsync(CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Database = "postgres" };
        var deadline = DateTime.UtcNow + ConnectTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException ex) when (ex.IsTransient && DateTime.UtcNow < deadline)
            {
                LogWaitingForServer(ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for PostgreSQL: {Reason}")]
    private partial void LogWaitingForServer(string reason);

    private sealed class UpgradeLog(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) => logger.LogTrace(format, args);
        public void LogDebug(string format, params object[] args) => logger.LogDebug(format, args);
        public void LogInformation(string format, params object[] args) => logger.LogInformation(format, args);
        public void LogWarning(string format, params object[] args) => logger.LogWarning(format, args);
        public void LogError(string format, params object[] args) => logger.LogError(format, args);
        public void LogError(Exception ex, string format, params object[] args) => logger.LogError(ex, format, args);
    }
}
