using System.Text;

namespace Nplv.Benchmarks;

/// <summary>What a soak run saw: each answer's time per operation, each error by operation and kind, and per minute.</summary>
public sealed class SoakRecord
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<double>> _milliseconds = [];
    private readonly Dictionary<string, int> _errors = [];
    private readonly List<double> _minute = [];
    private int _minuteErrors;

    public void Answer(string operation, double milliseconds)
    {
        lock (_lock)
        {
            if (!_milliseconds.TryGetValue(operation, out var times))
            {
                _milliseconds[operation] = times = new List<double>(100_000);
            }

            times.Add(milliseconds);
            _minute.Add(milliseconds);
        }
    }

    public void Error(string operation, string kind)
    {
        // The kind's first words only: a problem's trace id would make every error a kind of its own.
        var key = $"{operation}: {(kind.Length > 120 ? kind[..120] : kind)}";
        lock (_lock)
        {
            _errors[key] = _errors.GetValueOrDefault(key) + 1;
            _minuteErrors++;
        }
    }

    /// <summary>The minute just ended (requests, errors, p99), and starts the next.</summary>
    public string MinuteLine(int minute)
    {
        lock (_lock)
        {
            var sorted = _minute.Order().ToArray();
            var line = $"minute {minute}: {sorted.Length:N0} requests, {_minuteErrors} errors, p99 {Percentile(sorted, 0.99):N1} ms";
            _minute.Clear();
            _minuteErrors = 0;
            return line;
        }
    }

    public string Table(TimeSpan elapsed)
    {
        lock (_lock)
        {
            var text = new StringBuilder();
            text.AppendLine("| operation | requests | errors | p50 ms | p99 ms | max ms |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (operation, times) in _milliseconds.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                text.AppendLine(Row(operation, times, _errors.Where(e => e.Key.StartsWith(operation + ":", StringComparison.Ordinal)).Sum(e => e.Value)));
            }

            var all = _milliseconds.Values.SelectMany(times => times).ToList();
            text.AppendLine(Row("**all**", all, _errors.Values.Sum()));
            text.AppendLine();
            text.AppendLine($"TOTAL {all.Count} requests in {elapsed.TotalSeconds:F0} s ({all.Count / elapsed.TotalSeconds:F0}/s), {_errors.Values.Sum()} errors, p99 {Percentile([.. all.Order()], 0.99):F1} ms");
            foreach (var (kind, count) in _errors.OrderByDescending(pair => pair.Value))
            {
                text.AppendLine($"error x{count}: {kind}");
            }

            return text.ToString();
        }
    }

    private static string Row(string operation, List<double> times, int errors)
    {
        var sorted = times.Order().ToArray();
        return $"| {operation} | {sorted.Length:N0} | {errors} | {Percentile(sorted, 0.50):N1} | {Percentile(sorted, 0.99):N1} | {(sorted.Length > 0 ? sorted[^1] : 0):N1} |";
    }

    private static double Percentile(double[] sorted, double fraction)
        => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
