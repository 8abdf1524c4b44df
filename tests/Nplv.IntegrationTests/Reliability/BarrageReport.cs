using System.Collections.Concurrent;
using System.Text;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>What a barrage of bad input was answered, by kind of input, and the answers that were not as expected.</summary>
internal sealed class BarrageReport
{
    private const int ShownFailures = 20;
    private readonly ConcurrentDictionary<(string Kind, string Answer), int> _answers = new();
    private readonly ConcurrentBag<(long Sequence, string Kind, string Description)> _failures = [];

    public int Sent => _answers.Values.Sum();

    public int FailureCount => _failures.Count;

    public void Record(long sequence, string kind, string answer, bool expected, Func<string> describe)
    {
        _answers.AddOrUpdate((kind, answer), 1, (_, count) => count + 1);
        if (!expected)
        {
            _failures.Add((sequence, kind, $"[{kind}] {answer}: {describe()}"));
        }
    }

    /// <summary>One line per kind: how many were sent and what they were answered.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        foreach (var kind in _answers.GroupBy(a => a.Key.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var answers = kind.OrderByDescending(a => a.Value).Select(a => $"{a.Key.Answer} x{a.Value}");
            text.AppendLine($"{kind.Key,-28} {kind.Sum(a => a.Value),6}  {string.Join(", ", answers)}");
        }

        var totals = _answers.GroupBy(a => a.Key.Answer).OrderByDescending(g => g.Sum(a => a.Value));
        text.AppendLine($"{"all",-28} {Sent,6}  {string.Join(", ", totals.Select(g => $"{g.Key} x{g.Sum(a => a.Value)}"))}");
        return text.ToString();
    }

    /// <summary>The unexpected answers counted by kind, and the first of them in the order they were generated.</summary>
    public string Failures()
    {
        var byKind = _failures.GroupBy(f => f.Kind).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} x{g.Count()}");
        var first = _failures.OrderBy(f => f.Sequence).Take(ShownFailures).Select(f => "  " + f.Description);
        return $"{FailureCount} of {Sent} answers were not as expected ({string.Join(", ", byKind)}); the first:\n"
            + string.Join("\n", first);
    }

    /// <summary>Text fit for one line of a report: control characters escaped, cut at <paramref name="max"/>.</summary>
    public static string Snippet(string? text, int max = 160)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var shown = new StringBuilder();
        foreach (var c in text.Length > max ? text[..max] : text)
        {
            shown.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        }

        return text.Length > max ? $"{shown}... ({text.Length} chars)" : shown.ToString();
    }
}
