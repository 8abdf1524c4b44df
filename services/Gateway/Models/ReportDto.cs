using Nplv.Measures.V1;

namespace Nplv.Gateway.Models;

/// <summary>A reporting period: what it covers, from when reports open and by when they are due.</summary>
public sealed record PeriodDto(string Code, string Name, string StartDate, string EndDate, string OpensOn, string DueOn, DateTime CreatedAt)
{
    public static PeriodDto From(ReportingPeriod period) => new(
        period.Code, period.Name, period.StartDate, period.EndDate, period.OpensOn, period.DueOn, period.CreateTime.ToDateTime());
}

/// <summary>Who did something, as the gateway signed them in.</summary>
public sealed record ActorDto(string Subject, string Name, string Role, string? PartnerId)
{
    public static ActorDto From(Actor? actor) => new(actor?.Subject ?? "", actor?.Name ?? "", actor?.Role ?? "", actor?.PartnerId.NullIfEmpty());
}

public sealed record SpendingDto(int FundingLine, long SpentCents);

public sealed record ReachDto(string? AreaCode, int People, string Description);

public sealed record MilestoneUpdateDto(int Milestone, bool Done, string? MovedTo, string Reason);

/// <summary>A file attached to a report, with the type read from its content; download it at its address.</summary>
public sealed record AttachmentDto(string Id, string FileName, string ContentType, long SizeBytes, string Sha256, ActorDto UploadedBy, DateTime UploadedAt)
{
    public static AttachmentDto From(Attachment attachment) => new(
        attachment.Id, attachment.FileName, attachment.ContentType, attachment.SizeBytes, attachment.Sha256,
        ActorDto.From(attachment.UploadedBy), attachment.UploadTime.ToDateTime());
}

/// <summary>One change of a report's state: from, to, by whom, why and when.</summary>
public sealed record ReportEventDto(string FromState, string ToState, ActorDto Actor, string Reason, DateTime At);

/// <summary>A measure's progress report for one period, with every step of its review.</summary>
public sealed record ReportDto(
    string MeasureId,
    string Period,
    string State,
    string Done,
    string Obstacles,
    string NextSteps,
    string? Rating,
    IReadOnlyList<SpendingDto> Spending,
    IReadOnlyList<ReachDto> Reach,
    IReadOnlyList<MilestoneUpdateDto> Milestones,
    ActorDto LastEditor,
    IReadOnlyList<ReportEventDto> Events,
    IReadOnlyList<AttachmentDto> Attachments,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ReportDto From(ProgressReport report)
    {
        var content = report.Content ?? new ReportContent();
        return new(
            report.MeasureId,
            report.Period,
            report.State.ToJsonName(),
            content.Done,
            content.Obstacles,
            content.NextSteps,
            content.Rating == ProgressRating.Unspecified ? null : content.Rating.ToJsonName(),
            [.. content.Spending.Select(s => new SpendingDto(s.FundingLine, s.SpentCents))],
            [.. content.Reach.Select(r => new ReachDto(r.AreaCode.NullIfEmpty(), r.People, r.Description))],
            [.. content.Milestones.Select(m => new MilestoneUpdateDto(m.Milestone, m.Done, m.MovedTo.NullIfEmpty(), m.Reason))],
            ActorDto.From(report.LastEditor),
            [.. report.Events.Select(e => new ReportEventDto(e.FromState.ToJsonName(), e.ToState.ToJsonName(), ActorDto.From(e.Actor), e.Reason, e.Time.ToDateTime()))],
            [.. report.Attachments.Select(AttachmentDto.From)],
            report.Version,
            report.CreateTime.ToDateTime(),
            report.UpdateTime.ToDateTime());
    }
}

/// <summary>A measure due to report on the period (or one that did anyway), with its report's state; null when none yet.</summary>
public sealed record ExpectedReportDto(
    string MeasureId, string MeasureTitle, string LeadPartnerId, bool Expected, string? State, bool Late, DateTime? UpdatedAt)
{
    public static ExpectedReportDto From(ExpectedReport report) => new(
        report.MeasureId,
        report.MeasureTitle,
        report.LeadPartnerId,
        report.Expected,
        report.State == ReportState.Unspecified ? null : report.State.ToJsonName(),
        report.Late,
        report.UpdateTime?.ToDateTime());
}

/// <summary>Who has reported on a period: every measure expected to, with its report's state and whether it is late.</summary>
public sealed record PeriodOverviewDto(PeriodDto Period, int Expected, int Submitted, int Late, IReadOnlyList<ExpectedReportDto> Reports)
{
    public static PeriodOverviewDto From(PeriodOverview overview)
    {
        var expected = overview.Reports.Where(r => r.Expected).ToList();
        return new(
            PeriodDto.From(overview.Period),
            expected.Count,
            expected.Count(r => r.State is ReportState.Ingediend or ReportState.Goedgekeurd),
            expected.Count(r => r.Late),
            [.. overview.Reports.Select(ExpectedReportDto.From)]);
    }
}
