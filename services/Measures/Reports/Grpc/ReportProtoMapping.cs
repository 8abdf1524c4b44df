using System.Globalization;
using Nplv.Contracts;
using Nplv.Shared.Domain;
using Nplv.Shared.Grpc;
using Proto = Nplv.Measures.V1;

namespace Nplv.Measures.Reports.Grpc;

/// <summary>Reports, periods and their enums between the contract and the domain, defined once.</summary>
internal static class ReportProtoMapping
{
    private const string DateFormat = "yyyy-MM-dd";

    public static Actor ToActor(this ActorMetadata actor)
        => new(actor.Subject, actor.Name, actor.Role, Guid.TryParse(actor.PartnerId, out var partner) ? partner : null);

    public static Proto.ReportingPeriod ToProto(this ReportingPeriod period) => new()
    {
        Code = period.Code,
        Name = period.Name,
        StartDate = Format(period.StartDate),
        EndDate = Format(period.EndDate),
        OpensOn = Format(period.OpensOn),
        DueOn = Format(period.DueOn),
        CreateTime = period.CreatedAt.ToUtcTimestamp(),
    };

    public static Proto.ProgressReport ToProto(this ProgressReport report) => new()
    {
        MeasureId = report.MeasureId.ToString(),
        Period = report.Period,
        Content = report.Content.ToProto(),
        State = report.State.ToProto(),
        Version = report.Version,
        CreateTime = report.CreatedAt.ToUtcTimestamp(),
        UpdateTime = report.UpdatedAt.ToUtcTimestamp(),
        LastEditor = report.LastEditor.ToProto(),
        Attachments = { report.Attachments.Select(a => a.ToProto()) },
        Events =
        {
            report.Events.Select(e => new Proto.ReportEvent
            {
                FromState = e.From.ToProto(),
                ToState = e.To.ToProto(),
                Actor = e.Actor.ToProto(),
                Reason = e.Reason,
                Time = e.At.ToUtcTimestamp(),
            }),
        },
    };

    public static Proto.Attachment ToProto(this Attachment attachment) => new()
    {
        Id = attachment.Id.ToString(),
        FileName = attachment.FileName,
        ContentType = attachment.ContentType,
        SizeBytes = attachment.SizeBytes,
        Sha256 = attachment.Sha256,
        UploadedBy = attachment.UploadedBy.ToProto(),
        UploadTime = attachment.UploadedAt.ToUtcTimestamp(),
    };

    private static Proto.ReportContent ToProto(this ReportContent content) => new()
    {
        Done = content.Done,
        Obstacles = content.Obstacles,
        NextSteps = content.NextSteps,
        Rating = content.Rating?.ToProto() ?? Proto.ProgressRating.Unspecified,
        Spending = { content.Spending.Select(s => new Proto.Spending { FundingLine = s.FundingLine, SpentCents = s.SpentCents }) },
        Reach = { content.Reach.Select(r => new Proto.Reach { AreaCode = r.AreaCode, People = r.People, Description = r.Description }) },
        Milestones =
        {
            content.Milestones.Select(m => new Proto.MilestoneUpdate
            {
                Milestone = m.Milestone,
                Done = m.Done,
                MovedTo = m.MovedTo is { } date ? Format(date) : "",
                Reason = m.Reason,
            }),
        },
    };

    internal static Proto.Actor ToProto(this Actor actor) => new()
    {
        Subject = actor.Subject,
        Name = actor.Name,
        Role = actor.Role,
        PartnerId = actor.PartnerId?.ToString() ?? "",
    };

    /// <summary>The content in a message; what cannot be read (a date, an unknown rating) becomes a field error.</summary>
    public static ReportContent ToDomain(this Proto.ReportContent? content, Validator validator)
    {
        content ??= new Proto.ReportContent();
        var rating = content.Rating.ToDomain();
        validator.Require(content.Rating == Proto.ProgressRating.Unspecified || rating is not null, "content.rating",
            "must be op_schema, risico or achter");
        var milestones = content.Milestones.Select((m, i) => new MilestoneUpdate(
            m.Milestone, m.Done, ParseDate(m.MovedTo, $"content.milestones[{i}].moved_to", validator), m.Reason)).ToList();
        return new ReportContent(
            content.Done,
            content.Obstacles,
            content.NextSteps,
            rating,
            [.. content.Spending.Select(s => new Spending(s.FundingLine, s.SpentCents))],
            [.. content.Reach.Select(r => new Reach(r.AreaCode.Trim(), r.People, r.Description))],
            milestones);
    }

    public static DateOnly? ParseDate(string value, string field, Validator validator)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var ok = DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        validator.Require(ok && date.Year is >= 2000 and <= 2100, field, "must be a date as yyyy-MM-dd between 2000 and 2100");
        return ok ? date : null;
    }

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static Proto.ReportState ToProto(this ReportState state) => state switch
    {
        ReportState.Concept => Proto.ReportState.Concept,
        ReportState.Ingediend => Proto.ReportState.Ingediend,
        ReportState.Goedgekeurd => Proto.ReportState.Goedgekeurd,
        ReportState.Teruggestuurd => Proto.ReportState.Teruggestuurd,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static ReportState? ToDomain(this Proto.ReportState state) => state switch
    {
        Proto.ReportState.Concept => ReportState.Concept,
        Proto.ReportState.Ingediend => ReportState.Ingediend,
        Proto.ReportState.Goedgekeurd => ReportState.Goedgekeurd,
        Proto.ReportState.Teruggestuurd => ReportState.Teruggestuurd,
        _ => null,
    };

    private static Proto.ProgressRating ToProto(this ProgressRating rating) => rating switch
    {
        ProgressRating.OpSchema => Proto.ProgressRating.OpSchema,
        ProgressRating.Risico => Proto.ProgressRating.Risico,
        ProgressRating.Achter => Proto.ProgressRating.Achter,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    private static ProgressRating? ToDomain(this Proto.ProgressRating rating) => rating switch
    {
        Proto.ProgressRating.OpSchema => ProgressRating.OpSchema,
        Proto.ProgressRating.Risico => ProgressRating.Risico,
        Proto.ProgressRating.Achter => ProgressRating.Achter,
        _ => null,
    };
}
