using System.Diagnostics;

namespace Nplv.AppHost.Postgres;

/// <summary>
/// Debian's PostgreSQL server binaries (package <c>postgresql</c>), and how to run them: PostgreSQL refuses to run as
/// root, so as root every command runs as the <c>postgres</c> user.
/// </summary>
public static class DebianPostgres
{
    public const string SuperUser = "postgres";
    private const string BinRoot = "/usr/lib/postgresql";

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The newest installed server, or <c>NPLV_POSTGRES_BIN</c> when set; null when there is none.</summary>
    public static string? FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("NPLV_POSTGRES_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return HasServer(configured) ? configured : null;
        }

        if (!Directory.Exists(BinRoot))
        {
            return null;
        }

        return Directory.GetDirectories(BinRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(HasServer)
            .OrderByDescending(bin => int.TryParse(MajorVersion(bin), out var major) ? major : 0)
            .FirstOrDefault();
    }

    /// <summary>
    /// Where a developer's cluster lives: under the user's data folder, one per major version (a cluster cannot be
    /// opened by another major version). The postgres user cannot enter root's home, so root's lives under /var/lib.
    /// </summary>
    public static string DefaultRootDirectory(string bin)
    {
        if (IsRoot)
        {
            return Path.Combine("/var/lib/nplv/postgres", MajorVersion(bin));
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "nplv", "postgres", MajorVersion(bin));
    }

    /// <summary>The command, run as the postgres user when the caller is root.</summary>
    public static string[] AsPostgres(string[] command)
        => IsRoot ? ["setpriv", $"--reuid={SuperUser}", $"--regid={SuperUser}", "--init-groups", .. command] : command;

    /// <summary>Runs a command to its end; a non-zero exit throws with what the command printed.</summary>
    public static async Task RunAsync(string[] command, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{string.Join(' ', command)}' failed with exit code {process.ExitCode}: {await error}{await output}");
        }
    }

    private static string MajorVersion(string bin) => Path.GetFileName(Path.GetDirectoryName(bin)) ?? "local";

    private static bool HasServer(string bin)
        => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb"));
}
