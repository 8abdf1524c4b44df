namespace Nplv.Measures.Reports;

public interface IReportStore
{
    Task<ReportingPeriod> CreatePeriodAsync(ReportingPeriod period, CancellationToken cancellationToken);
    Task<ReportingPeriod> GetPeriodAsync(string code, CancellationToken cancellationToken);
    Task<IReadOnlyList<ReportingPeriod>> ListPeriodsAsync(int limit, string? afterCode, CancellationToken cancellationToken);

    Task<ProgressReport> GetAsync(Guid measureId, string period, CancellationToken cancellationToken);
    Task<IReadOnlyList<ProgressReport>> ListAsync(ReportFilter filter, int limit, string? afterKey, CancellationToken cancellationToken);

    /// <summary>Inserts a new report in concept; AlreadyExists when the measure has one for the period.</summary>
    Task<ProgressReport> CreateAsync(Guid measureId, string period, ReportContent content, Actor actor, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the content and, when <paramref name="move"/> is given, the state with its event, only if the report is
    /// still at <paramref name="version"/> and in <paramref name="expectedState"/>.
    /// </summary>
    Task<ProgressReport> UpdateAsync(
        Guid measureId, string period, long version, ReportState expectedState, ReportContent? content, ReportEvent? move,
        Actor actor, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the attachment only if the report is still one its partners hold and has room for it; false otherwise.
    /// </summary>
    Task<bool> AddAttachmentAsync(Guid measureId, string period, Attachment attachment, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The attachment's description and content; NotFound when the report has no such attachment.</summary>
    Task<(Attachment Attachment, byte[] Content)> GetAttachmentAsync(Guid measureId, string period, Guid attachmentId, CancellationToken cancellationToken);

    /// <summary>Removes the attachment only if the report is still one its partners hold; false otherwise.</summary>
    Task<bool> DeleteAttachmentAsync(Guid measureId, string period, Guid attachmentId, CancellationToken cancellationToken);

    /// <summary>Every measure expected to report on the period, and any other with a report on it.</summary>
    Task<IReadOnlyList<ExpectedReport>> OverviewAsync(ReportingPeriod period, CancellationToken cancellationToken);
}

/// <summary>A measure's reports (by period, newest first) or a period's (by measure); one of the two is given.</summary>
/// <param name="AsOf">The reports as they stood at this moment (from their history), in the state they had then.</param>
public sealed record ReportFilter(Guid? MeasureId, string? Period, ReportState? State, DateTime? AsOf = null);

public sealed record ExpectedReport(
    Guid MeasureId, string MeasureTitle, Guid LeadPartnerId, bool Expected, ReportState? State, long Version, DateTime? UpdatedAt);
