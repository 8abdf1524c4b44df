namespace Nplv.Indicators.Imports.Formats;

/// <summary>The file cannot be imported as it is; the import fails and writes nothing.</summary>
public sealed class ImportFileException(ImportIssue issue) : Exception(issue.Message)
{
    public ImportIssue Issue { get; } = issue;

    public ImportFileException(string kind, string message, long line = 0, string field = "")
        : this(new ImportIssue(kind, message, line, field))
    {
    }
}
