namespace Nplv.Indicators.Imports;

/// <summary>
/// What an import found. Errors are kept one by one (each names its line); warnings are grouped by kind and field, so
/// a file with a thousand rows of another municipality gives one warning per unknown area code, counted.
/// </summary>
public sealed class IssueCollector
{
    public const int MaxIssues = 100;

    private readonly Lock _lock = new();
    private readonly List<ImportIssue> _errors = [];
    private readonly List<ImportIssue> _warnings = [];
    private readonly Dictionary<(string Kind, string Field), int> _warningIndex = [];
    private long _moreWarnings;

    // Read for every record of the file: kept outside the lock.
    private volatile bool _hasErrors;

    public bool HasErrors => _hasErrors;

    /// <summary>True once as many errors are kept as will be reported: reading on would tell nothing new.</summary>
    public bool IsFull
    {
        get
        {
            lock (_lock)
            {
                return _errors.Count >= MaxIssues;
            }
        }
    }

    public void Error(ImportIssue issue)
    {
        issue = Printable(issue);
        lock (_lock)
        {
            if (_errors.Count < MaxIssues)
            {
                _errors.Add(issue);
            }

            _hasErrors = true;
        }
    }

    public void Error(string kind, string message, long line, string field) => Error(new ImportIssue(kind, message, line, field));

    public void Warn(ImportIssue issue)
    {
        issue = Printable(issue);
        lock (_lock)
        {
            if (_warningIndex.TryGetValue((issue.Kind, issue.Field), out var index))
            {
                _warnings[index] = _warnings[index] with { Count = _warnings[index].Count + issue.Count };
            }
            else if (_warnings.Count < MaxIssues)
            {
                _warningIndex[(issue.Kind, issue.Field)] = _warnings.Count;
                _warnings.Add(issue);
            }
            else
            {
                _moreWarnings += issue.Count;
            }
        }
    }

    public IReadOnlyList<ImportIssue> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors];
            }
        }
    }

    public IReadOnlyList<ImportIssue> Warnings
    {
        get
        {
            lock (_lock)
            {
                return _moreWarnings == 0
                    ? [.. _warnings]
                    : [.. _warnings, new ImportIssue("more_warnings", $"{_moreWarnings} more of other kinds or fields, not listed", Count: _moreWarnings)];
            }
        }
    }

    /// <summary>
    /// Issues quote the file (codes, cells, column names), and a file may hold anything: control characters, NUL
    /// among them, are replaced, so every issue can be stored and shown.
    /// </summary>
    private static ImportIssue Printable(ImportIssue issue)
        => issue.Message.Any(char.IsControl) || issue.Field.Any(char.IsControl)
            ? issue with { Message = Replace(issue.Message), Field = Replace(issue.Field) }
            : issue;

    private static string Replace(string text) => string.Concat(text.Select(c => char.IsControl(c) ? '\uFFFD' : c));
}
