namespace Nplv.Measures.Reports;

/// <summary>
/// The review of a report: its partners' editors submit it, withdraw it, and take a returned one back into concept;
/// the programme office approves or returns it (with a reason) and can reopen an approved one (with a reason).
/// </summary>
public static class ReportTransitions
{
    public sealed record Move(ReportState From, ReportState To, bool OfficeOnly, bool NeedsReason);

    private static readonly Move[] Moves =
    [
        new(ReportState.Concept, ReportState.Ingediend, OfficeOnly: false, NeedsReason: false),
        new(ReportState.Ingediend, ReportState.Concept, OfficeOnly: false, NeedsReason: false),
        new(ReportState.Ingediend, ReportState.Goedgekeurd, OfficeOnly: true, NeedsReason: false),
        new(ReportState.Ingediend, ReportState.Teruggestuurd, OfficeOnly: true, NeedsReason: true),
        new(ReportState.Teruggestuurd, ReportState.Concept, OfficeOnly: false, NeedsReason: false),
        new(ReportState.Goedgekeurd, ReportState.Concept, OfficeOnly: true, NeedsReason: true),
    ];

    public static Move? Find(ReportState from, ReportState to) => Moves.FirstOrDefault(m => m.From == from && m.To == to);

    /// <summary>Content can be written while the partners hold the report: in concept, or returned to them.</summary>
    public static bool IsWritable(ReportState state) => state is ReportState.Concept or ReportState.Teruggestuurd;
}
