using System.Globalization;
using System.Security.Cryptography;

namespace Nplv.AppHost.Postgres;

/// <summary>
/// A PostgreSQL cluster in a folder of its own, run from Debian's binaries: its data, the superuser's password
/// beside it, and the command that runs its server in the foreground.
/// </summary>
public sealed class DebianPostgresCluster(string binDirectory, string rootDirectory)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly TimeSpan OrphanStopTimeout = TimeSpan.FromSeconds(15);

    public string RootDirectory { get; } = rootDirectory;

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    private string PasswordFile => Path.Combine(RootDirectory, "password");

    /// <summary>The password of the <c>postgres</c> user, made once and kept beside the data so the two always agree.</summary>
    public string ReadOrCreatePassword()
    {
        Directory.CreateDirectory(RootDirectory);
        if (File.Exists(PasswordFile))
        {
            return File.ReadAllText(PasswordFile).Trim();
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        WriteSecret(PasswordFile, password);
        return password;
    }

    /// <summary>Creates the cluster on first use, and stops a server that an earlier, killed run left behind.</summary>
    public async Task InitializeAsync(string password, CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Debian's PostgreSQL runs on Linux; on Windows use a container or an existing server.");
        }

        if (Directory.Exists(DataDirectory))
        {
            await StopOrphanAsync(cancellationToken);
            return;
        }

        // initdb works in a folder of its own that becomes the data folder only when it has finished, so a
        // killed initdb never leaves a half-made cluster that looks whole.
        var staging = Path.Combine(RootDirectory, "data.initdb");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(RootDirectory, $".initdb-{Guid.NewGuid():N}");
        WriteSecret(passwordFile, password);
        try
        {
            if (DebianPostgres.IsRoot)
            {
                // The postgres user must be able to pass through the folder to reach its data.
                File.SetUnixFileMode(RootDirectory, File.GetUnixFileMode(RootDirectory) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                await DebianPostgres.RunAsync(["chown", $"{DebianPostgres.SuperUser}:{DebianPostgres.SuperUser}", staging, passwordFile], cancellationToken);
            }

            await DebianPostgres.RunAsync(
                DebianPostgres.AsPostgres(
                [
                    Path.Combine(binDirectory, "initdb"), "-D", staging, "-U", DebianPostgres.SuperUser,
                    $"--pwfile={passwordFile}", "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale", "--no-sync",
                ]),
                cancellationToken);
            Directory.Move(staging, DataDirectory);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>
    /// The command that runs the server in the foreground on 127.0.0.1:<paramref name="port"/>, with its log on
    /// stdout (on stderr, every line would show as an error), each of <paramref name="settings"/> passed as <c>-c</c>.
    /// </summary>
    public (string FileName, string[] Arguments) ServerCommand(int port, params string[] settings)
    {
        string[] server =
        [
            Path.Combine(binDirectory, "postgres"), "-D", DataDirectory, "-p", port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200",
            .. settings.SelectMany(setting => new[] { "-c", setting }),
        ];

        // SIGTERM, which is how the orchestrator stops a process, is PostgreSQL's "smart" shutdown: it waits for
        // every client to leave. Turn it into SIGINT, the "fast" shutdown, so stopping takes a second. The trap is
        // set before the server starts, so a stop that comes at once is not lost.
        const string ForwardStopAsFastShutdown =
            """
            pid=
            trap 'stopping=1; [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null' TERM INT
            "$@" 2>&1 &
            pid=$!
            [ -n "${stopping:-}" ] && kill -INT "$pid" 2>/dev/null
            status=0
            while kill -0 "$pid" 2>/dev/null; do wait "$pid"; status=$?; done
            exit "$status"
            """;

        return ("/bin/sh", ["-c", ForwardStopAsFastShutdown, "postgres", .. DebianPostgres.AsPostgres(server)]);
    }

    private async Task StopOrphanAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)
            || !int.TryParse((await File.ReadAllLinesAsync(pidFile, cancellationToken)).FirstOrDefault(), out var pid)
            || !ServesThisCluster(pid))
        {
            return;
        }

        using var orphan = System.Diagnostics.Process.GetProcessById(pid);
        await DebianPostgres.RunAsync(["kill", "-INT", pid.ToString(CultureInfo.InvariantCulture)], cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(OrphanStopTimeout);
        await orphan.WaitForExitAsync(timeout.Token);
    }

    // After a reboot the pid in postmaster.pid may belong to anything, another cluster's server included;
    // the postmaster works in its data folder, so that tells ours apart.
    private bool ServesThisCluster(int pid)
    {
        try
        {
            var command = File.ReadAllText($"/proc/{pid}/comm").Trim();
            var workingDirectory = new DirectoryInfo($"/proc/{pid}/cwd").ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            return command == "postgres"
                && workingDirectory is not null
                && Path.TrimEndingDirectorySeparator(workingDirectory) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(DataDirectory));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void WriteSecret(string path, string secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(secret);
    }
}
