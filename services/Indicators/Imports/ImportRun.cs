namespace Nplv.Indicators.Imports;

/// <summary>An import while it runs: its plan, and what it has counted and found so far.</summary>
public sealed class ImportRun(ImportPlan plan, DateTimeOffset startedAt)
{
    public ImportPlan Plan => plan;

    public ImportCounters Counters { get; } = new();

    public IssueCollector Issues { get; } = new();

    /// <summary>What an import from StatLine has read so far; null for a file.</summary>
    public StatLine.StatLineRead? StatLine { get; set; }

    /// <param name="written">Observations written, or areas for an import of areas.</param>
    /// <param name="areasUnchanged">For an import of areas: the areas it left as they were.</param>
    public ImportRecord Snapshot(ImportState state = ImportState.Running, long written = 0, long areasUnchanged = 0)
    {
        var now = DateTimeOffset.UtcNow;
        var succeeded = state == ImportState.Succeeded;
        var counts = plan.ImportsAreas
            ? Counters.Snapshot() with { AreasWritten = succeeded ? written : 0, AreasUnchanged = succeeded ? areasUnchanged : 0 }
            : Counters.Snapshot(written, succeeded ? Counters.ObservationsRead - written : 0);
        return new ImportRecord(
            plan.Id, state, plan.Format, plan.FileName, plan.MappingLabel, counts,
            Issues.Errors, Issues.Warnings, startedAt, now, state == ImportState.Running ? null : now, StatLine);
    }
}
