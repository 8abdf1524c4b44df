using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Npgsql;
using Nplv.AppHost.Postgres;

namespace Nplv.Testing;

/// <summary>
/// A throw-away PostgreSQL server from Debian's binaries: a fresh cluster in a temporary folder on a free port,
/// started as the app host starts its own, and deleted when the tests are done.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly DebianPostgresCluster _cluster;
    private readonly ConcurrentQueue<string> _log;

    private PostgresServer(DebianPostgresCluster cluster, Process process, ConcurrentQueue<string> log, int port, string password)
    {
        _cluster = cluster;
        _process = process;
        _log = log;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    public string Password { get; }

    public DebianPostgresCluster Cluster => _cluster;

    /// <summary>The server process: the wrapper that turns SIGTERM into PostgreSQL's fast shutdown.</summary>
    public Process Process => _process;

    /// <summary>Starts a new cluster, or the one in <paramref name="rootDirectory"/> when given.</summary>
    public static async Task<PostgresServer> StartAsync(string? rootDirectory = null, params string[] settings)
    {
        var bin = DebianPostgres.FindBinDirectory() ?? throw new InvalidOperationException(
            "The tests need Debian's PostgreSQL server: sudo apt-get install -y postgresql");
        var cluster = new DebianPostgresCluster(bin, rootDirectory ?? Directory.CreateTempSubdirectory("nplv-tests-pg-").FullName);
        var password = cluster.ReadOrCreatePassword();
        await cluster.InitializeAsync(password, CancellationToken.None);

        var port = FreePort.Next();
        // Durability is not what these tests are about; speed is.
        string[] defaults = ["fsync=off", "synchronous_commit=off", "full_page_writes=off"];
        var (fileName, arguments) = cluster.ServerCommand(port, [.. defaults, .. settings]);
        var log = new ConcurrentQueue<string>();
        var process = Process.Start(new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not start PostgreSQL.");
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) { log.Enqueue(line.Data); } };
        process.BeginOutputReadLine();

        var server = new PostgresServer(cluster, process, log, port, password);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch (Exception ex)
        {
            var output = string.Join(Environment.NewLine, log);
            await server.DisposeAsync();
            throw new InvalidOperationException($"PostgreSQL did not start on port {port}:{Environment.NewLine}{output}", ex);
        }
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = DebianPostgres.SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>Sends SIGTERM, as the orchestrator does, and waits for the server to end.</summary>
    public async Task<bool> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await DisposeAsync(deleteData: true);

    public async ValueTask DisposeAsync(bool deleteData)
    {
        if (!await StopAsync(TimeSpan.FromSeconds(15)))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        if (deleteData)
        {
            Directory.Delete(_cluster.RootDirectory, recursive: true);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException && DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }
}
