namespace Nplv.Indicators.Imports;

/// <summary>An import while it runs: its plan, and what it has counted and found so far.</summary>
public sealed class ImportRun(ImportPlan plan, DateTimeOffset startedAt)
{
    public ImportPlan Plan => plan;

    public ImportCounters Counters { get; } = new();

    public IssueCollector Issues { get; } = new();

    public ImportRecord Snapshot(ImportState state = ImportState.Running, long written = 0)
    {
        var now = DateTimeOffset.UtcNow;
        return new ImportRecord(
            plan.Id, state, plan.Format, plan.FileName, plan.MappingLabel,
            Counters.Snapshot(written, state == ImportState.Succeeded ? Counters.ObservationsRead - written : 0),
            Issues.Errors, Issues.Warnings, startedAt, now, state == ImportState.Running ? null : now);
    }
}
