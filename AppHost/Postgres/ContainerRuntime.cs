using Microsoft.Extensions.Configuration;
using System.Diagnostics;

namespace Nplv.AppHost.Postgres;

/// <summary>
/// Whether a container engine answers. Without one, Aspire's PostgreSQL container never starts and everything
/// waiting for it waits forever, so the app host asks before it chooses.
/// </summary>
public static class ContainerRuntime
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static bool IsHealthy(IConfiguration configuration)
    {
        var runtime = configuration["ASPIRE_CONTAINER_RUNTIME"] ?? configuration["DOTNET_ASPIRE_CONTAINER_RUNTIME"] ?? "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not installed.
            return false;
        }
    }
}
