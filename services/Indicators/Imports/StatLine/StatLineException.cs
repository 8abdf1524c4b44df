namespace Nplv.Indicators.Imports.StatLine;

/// <summary>StatLine could not be read: unreachable, too slow, or an answer other than the table (after the retries).</summary>
/// <param name="NoSuchTable">StatLine answered that the table (or the resource asked) does not exist: the caller's mistake.</param>
public sealed class StatLineException(string message, bool noSuchTable = false, Exception? inner = null) : Exception(message, inner)
{
    public bool NoSuchTable { get; } = noSuchTable;
}
