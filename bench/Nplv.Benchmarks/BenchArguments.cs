namespace Nplv.Benchmarks;

/// <summary>A benchmark command's <c>--name value</c> pairs; a required one that is missing names the command's usage.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = [];
    private readonly string _usage;

    public BenchArguments(string[] args, string usage)
    {
        _usage = usage;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            _values[args[i].TrimStart('-')] = args[i + 1];
        }
    }

    public string Get(string name) => _values.TryGetValue(name, out var value)
        ? value
        : throw new ArgumentException($"Usage: {_usage} (missing --{name})");

    public string GetOrDefault(string name, string fallback) => _values.GetValueOrDefault(name, fallback);
}
