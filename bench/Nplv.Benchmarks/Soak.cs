using System.Diagnostics;
using System.Globalization;

namespace Nplv.Benchmarks;

/// <summary>
/// Mixed read and write load on a running suite's gateway for bench/soak.sh, as the programme's users make it: the
/// public programme overview (a view, served from the gateway's cache) and lists, area dashboards and measure
/// overviews with a token (never cached, so each fans out to the services), and editors creating, editing (If-Match,
/// so 412 is an answer, not an error) and deleting measures (see <see cref="SoakWorker"/>). Each client keeps at most
/// ten measures, so the data stays the same size and any growth in memory is the processes' own. Prints a line each
/// minute and a table at the end.
/// </summary>
/// <remarks>Usage: <c>soak --gateway URL --minutes N [--concurrency C]</c>.</remarks>
public static class Soak
{
    public static async Task RunAsync(string[] args)
    {
        var gateway = Argument(args, "--gateway") ?? throw new ArgumentException("--gateway URL is required");
        var minutes = double.Parse(Argument(args, "--minutes") ?? "10", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Argument(args, "--concurrency") ?? "8", CultureInfo.InvariantCulture);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = new Uri(gateway),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var record = new SoakRecord();
        var end = DateTime.UtcNow.AddMinutes(minutes);
        var workers = Enumerable.Range(0, concurrency).Select(worker => new SoakWorker(http, record, worker).RunAsync(end)).ToList();

        var started = Stopwatch.StartNew();
        var minute = 0;
        while (workers.Any(worker => !worker.IsCompleted))
        {
            var next = TimeSpan.FromMinutes(minute + 1) - started.Elapsed;
            var finished = Task.WhenAll(workers);
            if (next > TimeSpan.Zero && await Task.WhenAny(finished, Task.Delay(next)) == finished)
            {
                break;
            }

            minute++;
            Console.WriteLine(record.MinuteLine(minute));
        }

        await Task.WhenAll(workers);
        Console.WriteLine(record.MinuteLine(minute + 1));
        Console.WriteLine();
        Console.WriteLine(record.Table(started.Elapsed));
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
