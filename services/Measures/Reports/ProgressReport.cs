namespace Nplv.Measures.Reports;

/// <summary>One measure's account of one period, with every step of its review.</summary>
public sealed record ProgressReport(
    Guid MeasureId,
    string Period,
    ReportContent Content,
    ReportState State,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    Actor LastEditor,
    IReadOnlyList<ReportEvent> Events,
    IReadOnlyList<Attachment> Attachments);

public sealed record ReportContent(
    string Done,
    string Obstacles,
    string NextSteps,
    ProgressRating? Rating,
    IReadOnlyList<Spending> Spending,
    IReadOnlyList<Reach> Reach,
    IReadOnlyList<MilestoneUpdate> Milestones);

/// <summary>Money spent in the period on the measure's funding line at <paramref name="FundingLine"/> (from 0).</summary>
public sealed record Spending(int FundingLine, long SpentCents);

/// <summary>People reached; <paramref name="AreaCode"/> is empty when not known per area.</summary>
public sealed record Reach(string AreaCode, int People, string Description);

/// <summary>What happened to the milestone at <paramref name="Milestone"/> (from 0): done, or moved with a reason.</summary>
public sealed record MilestoneUpdate(int Milestone, bool Done, DateOnly? MovedTo, string Reason);

/// <summary>One change of a report's state, by whom and why.</summary>
public sealed record ReportEvent(ReportState From, ReportState To, Actor Actor, string Reason, DateTime At);

public enum ReportState
{
    Concept,
    Ingediend,
    Goedgekeurd,
    Teruggestuurd,
}

public enum ProgressRating
{
    OpSchema,
    Risico,
    Achter,
}
