using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Nplv.AppHost.Postgres;

namespace Nplv.Testing;

/// <summary>
/// A throw-away PostgreSQL server from Debian's binaries: a fresh cluster in a temporary folder on a free port,
/// deleted when the tests are done.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly DebianPostgresCluster _cluster;

    private PostgresServer(DebianPostgresCluster cluster, Process process, int port, string password)
    {
        _cluster = cluster;
        _process = process;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    public string Password { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = DebianPostgresCluster.FindBinDirectory() ?? throw new InvalidOperationException(
            "The tests need Debian's PostgreSQL server: sudo apt-get install -y postgresql");
        var root = Directory.CreateTempSubdirectory("nplv-tests-pg-").FullName;
        var cluster = new DebianPostgresCluster(bin, root);
        var password = cluster.ReadOrCreatePassword();
        await cluster.InitializeAsync(password, CancellationToken.None);

        var port = FreePort();
        // Durability is not what these tests are about; speed is.
        var (fileName, arguments) = cluster.ServerCommand(port, "fsync=off", "synchronous_commit=off", "full_page_writes=off");
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start PostgreSQL.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();

        var server = new PostgresServer(cluster, process, port, password);
        await server.WaitUntilReadyAsync();
        return server;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = DebianPostgresCluster.SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The wrapper turns SIGTERM into PostgreSQL's fast shutdown.
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        Directory.Delete(_cluster.RootDirectory, recursive: true);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
