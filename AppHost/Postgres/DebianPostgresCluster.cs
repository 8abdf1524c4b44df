using System.Diagnostics;
using System.Security.Cryptography;

namespace Nplv.AppHost.Postgres;

/// <summary>
/// A PostgreSQL cluster in a folder of its own, run from Debian's server binaries (package <c>postgresql</c>)
/// without a container. PostgreSQL refuses to run as root, so as root every step runs as the <c>postgres</c> user.
/// </summary>
public sealed class DebianPostgresCluster(string binDirectory, string rootDirectory)
{
    public const string SuperUser = "postgres";
    private const string DebianBinRoot = "/usr/lib/postgresql";
    private static readonly TimeSpan OrphanStopTimeout = TimeSpan.FromSeconds(15);

    public string BinDirectory { get; } = binDirectory;

    /// <summary>Holds the cluster's data folder and its password file.</summary>
    public string RootDirectory { get; } = rootDirectory;

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    private string PasswordFile => Path.Combine(RootDirectory, "password");

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The newest installed server, or <c>NPLV_POSTGRES_BIN</c> when set; null when there is none.</summary>
    public static string? FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("NPLV_POSTGRES_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return HasServer(configured) ? configured : null;
        }

        if (!Directory.Exists(DebianBinRoot))
        {
            return null;
        }

        return Directory.GetDirectories(DebianBinRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(HasServer)
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    /// <summary>The server's major version, from its folder (<c>/usr/lib/postgresql/15/bin</c>).</summary>
    public string MajorVersion => Path.GetFileName(Path.GetDirectoryName(BinDirectory)) ?? "local";

    /// <summary>The password of the <c>postgres</c> user, made once and kept beside the data so the two always agree.</summary>
    public string ReadOrCreatePassword()
    {
        Directory.CreateDirectory(RootDirectory);
        if (File.Exists(PasswordFile))
        {
            return File.ReadAllText(PasswordFile).Trim();
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        File.WriteAllText(PasswordFile, password);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return password;
    }

    /// <summary>Creates the cluster on first use, and stops a server that an earlier, killed run left behind.</summary>
    public async Task InitializeAsync(string password, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await StopOrphanAsync(cancellationToken);
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Debian's PostgreSQL runs on Linux; on Windows use a container or an existing server.");
        }

        Directory.CreateDirectory(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(RootDirectory, $".initdb-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        try
        {
            if (IsRoot)
            {
                // The postgres user must be able to pass through the folder to reach its data.
                File.SetUnixFileMode(RootDirectory, File.GetUnixFileMode(RootDirectory) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                await RunAsync("chown", [$"{SuperUser}:{SuperUser}", DataDirectory, passwordFile], cancellationToken);
            }

            await RunAsync(
                Path.Combine(BinDirectory, "initdb"),
                ["-D", DataDirectory, "-U", SuperUser, $"--pwfile={passwordFile}", "--auth=scram-sha-256",
                 "--encoding=UTF8", "--no-locale", "--no-sync"],
                cancellationToken,
                asPostgres: true);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>
    /// The command that runs the server in the foreground on 127.0.0.1:<paramref name="port"/>, with its log on stdout
    /// (on stderr, every line would show as an error).
    /// </summary>
    public (string FileName, string[] Arguments) ServerCommand(int port, params string[] settings)
    {
        string[] server =
        [
            Path.Combine(BinDirectory, "postgres"), "-D", DataDirectory, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200",
            .. settings.SelectMany(setting => new[] { "-c", setting }),
        ];

        // SIGTERM, which is how the orchestrator stops a process, is PostgreSQL's "smart" shutdown: it waits for
        // every client to leave. Turn it into SIGINT, the "fast" shutdown, so stopping takes a second.
        const string ForwardStopAsFastShutdown =
            """
            "$@" 2>&1 &
            pid=$!
            trap 'kill -INT "$pid" 2>/dev/null' TERM INT
            status=0
            while kill -0 "$pid" 2>/dev/null; do wait "$pid"; status=$?; done
            exit "$status"
            """;

        return ("/bin/sh", ["-c", ForwardStopAsFastShutdown, "postgres", .. AsPostgres(server)]);
    }

    private static string[] AsPostgres(string[] command)
        => IsRoot ? ["setpriv", $"--reuid={SuperUser}", $"--regid={SuperUser}", "--init-groups", .. command] : command;

    private static bool HasServer(string bin)
        => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb"));

    private async Task StopOrphanAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)
            || !int.TryParse((await File.ReadAllLinesAsync(pidFile, cancellationToken)).FirstOrDefault(), out var pid)
            || !IsPostgresProcess(pid))
        {
            return;
        }

        using var orphan = Process.GetProcessById(pid);
        await RunAsync("kill", ["-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(OrphanStopTimeout);
        await orphan.WaitForExitAsync(timeout.Token);
    }

    private static bool IsPostgresProcess(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim() == "postgres";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string fileName, string[] arguments, CancellationToken cancellationToken, bool asPostgres = false)
    {
        string[] command = asPostgres ? AsPostgres([fileName, .. arguments]) : [fileName, .. arguments];
        var startInfo = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{string.Join(' ', command)}' failed with exit code {process.ExitCode}: {await error}{await output}");
        }
    }
}
