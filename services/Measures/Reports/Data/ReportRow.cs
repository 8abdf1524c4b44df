using System.Text.Json;
using Nplv.Measures.Data;
using Nplv.Shared.Data;

namespace Nplv.Measures.Reports.Data;

/// <summary>A progress_reports row as read and written; the lists and the editor travel as JSON.</summary>
internal sealed class ReportRow
{
    public const string Columns =
        "measure_id AS MeasureId, period AS Period, state AS State, done AS Done, obstacles AS Obstacles, " +
        "next_steps AS NextSteps, rating AS Rating, spending::text AS Spending, reach::text AS Reach, " +
        "milestones::text AS Milestones, last_editor::text AS LastEditor, version AS Version, created_at AS CreatedAt, " +
        "updated_at AS UpdatedAt";

    public static readonly JsonSerializerOptions Json = RowJson.Options;

    public Guid MeasureId { get; init; }
    public string Period { get; init; } = "";
    public string State { get; init; } = "";
    public string Done { get; init; } = "";
    public string Obstacles { get; init; } = "";
    public string NextSteps { get; init; } = "";
    public string? Rating { get; init; }
    public string Spending { get; init; } = "[]";
    public string Reach { get; init; } = "[]";
    public string Milestones { get; init; } = "[]";
    public string LastEditor { get; init; } = "{}";
    public long Version { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }

    public ProgressReport ToReport(IReadOnlyList<ReportEvent> events, IReadOnlyList<Attachment> attachments) => new(
        MeasureId,
        Period,
        new ReportContent(
            Done,
            Obstacles,
            NextSteps,
            Rating is null ? null : EnumColumn.Parse<ProgressRating>(Rating),
            JsonSerializer.Deserialize<Spending[]>(Spending, Json)!,
            JsonSerializer.Deserialize<Reach[]>(Reach, Json)!,
            JsonSerializer.Deserialize<MilestoneUpdate[]>(Milestones, Json)!),
        EnumColumn.Parse<ReportState>(State),
        Version,
        CreatedAt,
        UpdatedAt,
        JsonSerializer.Deserialize<Actor>(LastEditor, Json)!,
        events,
        attachments);

    /// <summary>The parameters that write <paramref name="content"/> (text trimmed) and its editor.</summary>
    public static DynamicContent Parameters(ReportContent content, Actor editor) => new(
        content.Done.Trim(),
        content.Obstacles.Trim(),
        content.NextSteps.Trim(),
        content.Rating?.ToColumn(),
        JsonSerializer.Serialize(content.Spending, Json),
        JsonSerializer.Serialize(content.Reach.Select(r => r with { AreaCode = r.AreaCode.Trim(), Description = r.Description.Trim() }), Json),
        JsonSerializer.Serialize(content.Milestones.Select(m => m with { Reason = m.Reason.Trim() }), Json),
        ActorJson(editor));

    /// <summary>The actor's own fields, without what is computed from them.</summary>
    public static string ActorJson(Actor actor)
        => JsonSerializer.Serialize(new { actor.Subject, actor.Name, actor.Role, actor.PartnerId }, Json);

    public sealed record DynamicContent(
        string Done, string Obstacles, string NextSteps, string? Rating, string Spending, string Reach, string Milestones, string LastEditor);
}

/// <summary>A report_events row.</summary>
internal sealed class ReportEventRow
{
    public const string Columns =
        "measure_id AS MeasureId, period AS Period, from_state AS FromState, to_state AS ToState, actor::text AS Actor, " +
        "reason AS Reason, at AS At";

    public Guid MeasureId { get; init; }
    public string Period { get; init; } = "";
    public string FromState { get; init; } = "";
    public string ToState { get; init; } = "";
    public string Actor { get; init; } = "{}";
    public string Reason { get; init; } = "";
    public DateTime At { get; init; }

    public ReportEvent ToEvent() => new(
        EnumColumn.Parse<ReportState>(FromState),
        EnumColumn.Parse<ReportState>(ToState),
        JsonSerializer.Deserialize<Actor>(Actor, ReportRow.Json)!,
        Reason,
        At);
}

/// <summary>A report_attachments row without its content.</summary>
internal class AttachmentRow
{
    public const string Columns =
        "id AS Id, measure_id AS MeasureId, period AS Period, file_name AS FileName, content_type AS ContentType, " +
        "size_bytes AS SizeBytes, sha256 AS Sha256, uploaded_by::text AS UploadedBy, uploaded_at AS UploadedAt";

    public Guid Id { get; init; }
    public Guid MeasureId { get; init; }
    public string Period { get; init; } = "";
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public string Sha256 { get; init; } = "";
    public string UploadedBy { get; init; } = "{}";
    public DateTime UploadedAt { get; init; }

    public Attachment ToAttachment()
        => new(Id, FileName, ContentType, SizeBytes, Sha256, JsonSerializer.Deserialize<Actor>(UploadedBy, ReportRow.Json)!, UploadedAt);
}

/// <summary>A reporting_periods row.</summary>
internal sealed class PeriodRow
{
    public const string Columns =
        "code AS Code, name AS Name, start_date AS StartDate, end_date AS EndDate, opens_on AS OpensOn, due_on AS DueOn, " +
        "created_at AS CreatedAt";

    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public DateTime StartDate { get; init; }
    public DateTime EndDate { get; init; }
    public DateTime OpensOn { get; init; }
    public DateTime DueOn { get; init; }
    public DateTime CreatedAt { get; init; }

    public ReportingPeriod ToPeriod() => new(
        Code, Name, DateOnly.FromDateTime(StartDate), DateOnly.FromDateTime(EndDate), DateOnly.FromDateTime(OpensOn),
        DateOnly.FromDateTime(DueOn), CreatedAt);
}
