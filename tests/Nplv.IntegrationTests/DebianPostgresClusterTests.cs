using System.Diagnostics;
using Npgsql;
using Nplv.AppHost.Postgres;
using Nplv.Testing;

namespace Nplv.IntegrationTests;

/// <summary>The local PostgreSQL the app host runs when there is no container runtime.</summary>
public sealed class DebianPostgresClusterTests
{
    [Fact]
    public async Task StoppingTheServerTakesSecondsEvenWithAClientConnected()
    {
        await using var server = await PostgresServer.StartAsync();
        await using var client = new NpgsqlConnection(server.ConnectionString("postgres"));
        await client.OpenAsync();

        // SIGTERM alone is PostgreSQL's smart shutdown, which waits for this client for ever.
        var stopwatch = Stopwatch.StartNew();
        var stopped = await server.StopAsync(TimeSpan.FromSeconds(20));

        Assert.True(stopped, "the server was still running 20 s after SIGTERM");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task DataSurvivesARestartOfTheCluster()
    {
        var root = Directory.CreateTempSubdirectory("nplv-tests-pg-").FullName;
        var first = await PostgresServer.StartAsync(root);
        await Execute(first, "CREATE TABLE survivor (name text); INSERT INTO survivor VALUES ('Selwerd')");
        await first.DisposeAsync(deleteData: false);

        await using var second = await PostgresServer.StartAsync(root);

        await using var connection = new NpgsqlConnection(second.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT name FROM survivor", connection);
        Assert.Equal("Selwerd", await command.ExecuteScalarAsync());
        Assert.Equal(first.Password, second.Password);
    }

    [Fact]
    public async Task AStalePidFileThatNamesAnotherServerLeavesThatServerAlone()
    {
        await using var other = await PostgresServer.StartAsync();
        var root = Directory.CreateTempSubdirectory("nplv-tests-pg-").FullName;
        var stopped = await PostgresServer.StartAsync(root);
        await stopped.DisposeAsync(deleteData: false);
        var otherPostmaster = int.Parse((await File.ReadAllLinesAsync(Path.Combine(other.Cluster.DataDirectory, "postmaster.pid")))[0]);

        // As after a reboot: the pid file outlived its server, and the pid now belongs to someone else.
        await File.WriteAllTextAsync(Path.Combine(stopped.Cluster.DataDirectory, "postmaster.pid"), $"{otherPostmaster}\n{stopped.Cluster.DataDirectory}\n");
        await stopped.Cluster.InitializeAsync(stopped.Password, CancellationToken.None);

        await Execute(other, "SELECT 1");
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task AServerLeftRunningByAKilledAppHostIsStoppedBeforeTheNextStart()
    {
        await using var orphan = await PostgresServer.StartAsync();
        var postmaster = Process.GetProcessById(
            int.Parse((await File.ReadAllLinesAsync(Path.Combine(orphan.Cluster.DataDirectory, "postmaster.pid")))[0]));

        await orphan.Cluster.InitializeAsync(orphan.Password, CancellationToken.None);

        Assert.True(postmaster.WaitForExit(TimeSpan.FromSeconds(5)), "the orphaned server is still running");
    }

    private static async Task Execute(PostgresServer server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
