using System.Globalization;
using Nplv.Indicators.V1;

namespace Nplv.Importer;

/// <summary>Prints an import as people read it: the outcome, its counts, then its warnings and errors.</summary>
public static class ImportReport
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static void Write(TextWriter output, Import import)
    {
        var state = import.State switch
        {
            ImportState.Succeeded => "succeeded",
            ImportState.Failed => "FAILED",
            ImportState.Running => "is running",
            _ => import.State.ToString(),
        };
        output.WriteLine($"Import {import.ImportId} {state}");
        if (import.Statline is { } statLine)
        {
            var modified = statLine.TableModified is { } date ? $", modified {date.ToDateTime():yyyy-MM-dd}" : "";
            Row(output, "table", $"{statLine.Table} {statLine.Title} ({CommandLine.CatalogName(statLine.Catalog)}{modified})");
            Row(output, "query", $"{statLine.Query} ({statLine.Pages} pages)");
        }
        else
        {
            Row(output, "file", $"{import.FileName} ({CommandLine.FormatName(import.Format)})");
        }
        if (import.Mapping.Length > 0)
        {
            Row(output, "mapping", import.Mapping);
        }

        var duration = Duration(import);
        var rate = duration is { TotalSeconds: > 0 } d ? string.Format(Culture, " in {0:N1} s, {1:N0} rows/s", d.TotalSeconds, import.RowsRead / d.TotalSeconds) : "";
        Row(output, "bytes read", import.BytesRead.ToString("N0", Culture));
        Row(output, "rows read", import.RowsRead.ToString("N0", Culture) + rate);
        Row(output, "rows rejected", import.RowsRejected.ToString("N0", Culture));
        Row(output, "observations", string.Format(Culture, "{0:N0} read, {1:N0} without a value", import.ObservationsRead, import.ValuesMissing));
        if (import.State == ImportState.Succeeded && (import.AreasWritten > 0 || import.AreasUnchanged > 0))
        {
            Row(output, "areas", string.Format(Culture, "{0:N0} written, {1:N0} unchanged", import.AreasWritten, import.AreasUnchanged));
        }
        else if (import.State == ImportState.Succeeded)
        {
            Row(output, "written", import.ObservationsWritten.ToString("N0", Culture));
            Row(output, "unchanged", import.ObservationsUnchanged.ToString("N0", Culture));
        }

        Issues(output, "Warnings", import.Warnings);
        Issues(output, "Errors", import.Errors);
    }

    private static TimeSpan? Duration(Import import)
    {
        var end = import.EndTime ?? import.UpdateTime;
        return import.StartTime is null || end is null ? null : end.ToDateTime() - import.StartTime.ToDateTime();
    }

    private static void Row(TextWriter output, string name, string value) => output.WriteLine($"  {name,-14} {value}");

    private static void Issues(TextWriter output, string title, IReadOnlyCollection<ImportIssue> issues)
    {
        if (issues.Count == 0)
        {
            return;
        }

        output.WriteLine($"{title} ({issues.Count}{(issues.Count >= 100 ? ", the first 100" : "")}):");
        foreach (var issue in issues)
        {
            var where = string.Join(", ", new[]
            {
                issue.Line > 0 ? $"line {issue.Line.ToString(Culture)}" : null,
                issue.Field.Length > 0 ? $"field {issue.Field}" : null,
            }.OfType<string>());
            var count = issue.Count > 1 ? $" ({issue.Count.ToString("N0", Culture)} times)" : "";
            output.WriteLine($"  {issue.Kind}{(where.Length > 0 ? $" at {where}" : "")}: {issue.Message}{count}");
        }
    }
}
