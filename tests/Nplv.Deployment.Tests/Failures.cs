namespace Nplv.Deployment.Tests;

/// <summary>Collects every mismatch, so one run names them all instead of the first.</summary>
public sealed class Failures
{
    private readonly List<string> _messages = [];

    public void Check(bool condition, string message)
    {
        if (!condition)
        {
            _messages.Add(message);
        }
    }

    public void Fail(string message) => _messages.Add(message);

    public void AssertNone() => Assert.True(_messages.Count == 0, string.Join(Environment.NewLine, _messages));
}
