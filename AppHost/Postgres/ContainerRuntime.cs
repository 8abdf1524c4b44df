using System.Diagnostics;
using Microsoft.Extensions.Configuration;

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
            // Both docker and podman exit non-zero from "info" when their engine does not answer.
            using var process = Process.Start(new ProcessStartInfo(runtime, ["info"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The runtime's command is not installed.
            return false;
        }
    }
}
