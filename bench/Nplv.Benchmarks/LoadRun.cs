using System.Diagnostics;

namespace Nplv.Benchmarks;

/// <summary>
/// Calls one operation from <c>concurrency</c> callers for a fixed time after a warm-up, timing every call.
/// </summary>
public sealed record LoadResult(string Name, int Concurrency, int Calls, double Seconds, double P50Ms, double P99Ms, double MaxMs)
{
    public double CallsPerSecond => Calls / Seconds;

    public string ToMarkdownRow()
        => $"| {Name} | {Concurrency} | {Calls:N0} | {CallsPerSecond:N0} | {P50Ms:N2} | {P99Ms:N2} | {MaxMs:N2} |";
}

public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(
        string name, int concurrency, TimeSpan warmUp, TimeSpan duration, Func<int, Task> call)
    {
        await RunForAsync(concurrency, warmUp, call, latencies: null);

        var latencies = new List<double>[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            latencies[i] = new List<double>(100_000);
        }

        var stopwatch = Stopwatch.StartNew();
        await RunForAsync(concurrency, duration, call, latencies);
        var seconds = stopwatch.Elapsed.TotalSeconds;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, concurrency, all.Length, seconds, Percentile(all, 0.50), Percentile(all, 0.99), all[^1]);
    }

    private static async Task RunForAsync(int concurrency, TimeSpan duration, Func<int, Task> call, List<double>[]? latencies)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var iteration = worker;
            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                await call(iteration);
                latencies?[worker].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                iteration += concurrency;
            }
        });
        await Task.WhenAll(workers);
    }

    private static double Percentile(double[] sorted, double fraction)
        => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
