using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

/// <summary>One thing an import found, an error or a warning, with where in the file.</summary>
public sealed record ImportIssueRowDto(string Severity, string Kind, string Message, long? Line, string? Field, long Count)
{
    public static IEnumerable<ImportIssueRowDto> Of(ImportDto import)
        => import.Errors.Select(issue => From("error", issue)).Concat(import.Warnings.Select(issue => From("warning", issue)));

    private static ImportIssueRowDto From(string severity, ImportIssueDto issue)
        => new(severity, issue.Kind, issue.Message, issue.Line, issue.Field, issue.Count);
}

public static class ImportIssueTable
{
    private static readonly IReadOnlyDictionary<string, string> Severities = new Dictionary<string, string>
    {
        ["error"] = "Fout",
        ["warning"] = "Waarschuwing",
    };

    public static readonly ExportTable<ImportIssueRowDto> Definition = new("import-issues", "import-meldingen",
    [
        new("severity", "Soort melding", issue => issue.Severity, Severities),
        new("kind", "Wat", issue => issue.Kind, DutchLabels.ImportIssueKinds),
        new("message", "Melding", issue => issue.Message),
        new("line", "Regel", issue => issue.Line),
        new("field", "Veld", issue => issue.Field),
        new("count", "Aantal", issue => issue.Count),
    ]);
}
