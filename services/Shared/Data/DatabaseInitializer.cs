using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Nplv.Shared.History;

namespace Nplv.Shared.Data;

/// <summary>
/// Brings the database up to date before the service takes calls: hosted services start before Kestrel listens,
/// so no request ever meets an old schema.
/// </summary>
internal sealed partial class DatabaseInitializer(
    DatabaseMigrationOptions options,
    IEnumerable<IDatabaseSeeder> seeders,
    NpgsqlDataSource dataSource,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var database = new NpgsqlConnectionStringBuilder(options.ConnectionString).Database
            ?? throw new InvalidOperationException("The connection string names no database.");
        var lockKey = "nplv-migrations:" + database;

        await using (var connection = await OpenLockConnectionAsync(cancellationToken))
        {
            // Replicas starting together take turns; the second finds nothing left to do.
            await ExecuteAsync(connection, "SELECT pg_advisory_lock(hashtext(@key))", lockKey, cancellationToken);
            try
            {
                EnsureDatabase.For.PostgresqlDatabase(options.ConnectionString, new UpgradeLog(logger));
                Migrate();
            }
            finally
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock(hashtext(@key))", lockKey, CancellationToken.None);
            }
        }

        if (configuration.GetValue("Seed:Enabled", true))
        {
            foreach (var seeder in seeders)
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }

        await WarmPoolAsync(cancellationToken);
    }

    /// <summary>
    /// The pool keeps its minimum of connections once it has them, but opens none by itself: open them now, so the
    /// first burst of calls finds them ready (<see cref="ConnectionPoolSizes"/>). Best effort: a connection that will
    /// not open now is opened when a call needs it.
    /// </summary>
    private async Task WarmPoolAsync(CancellationToken cancellationToken)
    {
        var minimum = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MinPoolSize;
        var opening = Enumerable.Range(0, minimum).Select(_ => dataSource.OpenConnectionAsync(cancellationToken).AsTask()).ToList();
        try
        {
            await Task.WhenAll(opening);
        }
        catch (NpgsqlException ex)
        {
            LogPoolNotWarmed(ex.Message);
        }
        finally
        {
            foreach (var opened in opening.Where(task => task.IsCompletedSuccessfully))
            {
                await opened.Result.DisposeAsync();
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The migration lock lives in the maintenance database, which exists before ours does. A server that keeps
    /// that database from us (a managed one, say) must have made ours already: then the lock lives in ours.
    /// </summary>
    private async Task<NpgsqlConnection> OpenLockConnectionAsync(CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Database = "postgres" }.ConnectionString;
        try
        {
            return await OpenWhenServerAnswersAsync(maintenance, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidCatalogName
                                               or PostgresErrorCodes.InsufficientPrivilege
                                               or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            return await OpenWhenServerAnswersAsync(options.ConnectionString, cancellationToken);
        }
    }

    private void Migrate()
    {
        var upgrader = DeployChanges.To
            .PostgresqlDatabase(options.ConnectionString)
            .WithScriptsEmbeddedInAssembly(options.MigrationsAssembly, name => name.Contains(".Migrations.", StringComparison.Ordinal))
            // Every service keeps the history of its records in the same table (HistoryLog).
            .WithScriptsEmbeddedInAssembly(typeof(HistoryLog).Assembly, name => name.Contains(".History.Migrations.", StringComparison.Ordinal))
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

    // In Kubernetes or with an existing server, the database server may come up after the service.
    private async Task<NpgsqlConnection> OpenWhenServerAnswersAsync(string connectionString, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ConnectTimeout;
        while (true)
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                return connection;
            }
            catch (Exception ex)
            {
                await connection.DisposeAsync();
                if (ex is not NpgsqlException { IsTransient: true } || DateTime.UtcNow >= deadline)
                {
                    throw;
                }

                LogWaitingForServer(ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }


    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection pool was not filled at start: {Reason}")]
    private partial void LogPoolNotWarmed(string reason);

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
