using System.Text.Json;
using Nplv.Measures.Domain;
using Nplv.Shared.Data;

namespace Nplv.Measures.Data;

/// <summary>A measures row as read and written; the lists travel as JSON.</summary>
internal sealed class MeasureRow
{
    public const string Columns =
        "id AS Id, title AS Title, description AS Description, theme AS Theme, area_codes AS AreaCodes, " +
        "lead_partner_id AS LeadPartnerId, participants::text AS Participants, status AS Status, " +
        "start_date AS StartDate, end_date AS EndDate, funding::text AS Funding, milestones::text AS Milestones, " +
        "indicator_links::text AS IndicatorLinks, version AS Version, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private static readonly JsonSerializerOptions Json = RowJson.Options;

    // Dapper needs settable properties: Npgsql reports text[] as System.Array, which it converts only for properties.
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Theme { get; init; } = "";
    public string[] AreaCodes { get; init; } = [];
    public Guid LeadPartnerId { get; init; }
    public string Participants { get; init; } = "[]";
    public string Status { get; init; } = "";
    // Npgsql reads a date as DateTime; the domain's DateOnly is made here.
    public DateTime? StartDate { get; init; }
    public DateTime? EndDate { get; init; }
    public string Funding { get; init; } = "[]";
    public string Milestones { get; init; } = "[]";
    public string IndicatorLinks { get; init; } = "[]";
    public long Version { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }

    public Measure ToMeasure() => new(
        Id,
        new MeasureDraft(
            Title,
            Description,
            EnumColumn.Parse<Theme>(Theme),
            AreaCodes,
            LeadPartnerId,
            JsonSerializer.Deserialize<Participant[]>(Participants, Json)!,
            EnumColumn.Parse<MeasureStatus>(Status),
            StartDate is { } start ? DateOnly.FromDateTime(start) : null,
            EndDate is { } end ? DateOnly.FromDateTime(end) : null,
            JsonSerializer.Deserialize<FundingLine[]>(Funding, Json)!,
            JsonSerializer.Deserialize<Milestone[]>(Milestones, Json)!,
            JsonSerializer.Deserialize<IndicatorLink[]>(IndicatorLinks, Json)!),
        Version,
        CreatedAt,
        UpdatedAt);

    /// <summary>The parameters that write <paramref name="draft"/>.</summary>
    public static object Parameters(Guid id, Guid? requestId, MeasureDraft draft) => new
    {
        Id = id,
        RequestId = requestId,
        Title = draft.Title.Trim(),
        Description = draft.Description.Trim(),
        Theme = draft.Theme!.Value.ToColumn(),
        AreaCodes = draft.AreaCodes.Distinct().Order(StringComparer.Ordinal).ToArray(),
        draft.LeadPartnerId,
        Participants = JsonSerializer.Serialize(draft.Participants, Json),
        PartnerIds = draft.PartnerIds().ToArray(),
        Status = draft.Status.ToColumn(),
        StartDate = draft.StartDate?.ToDateTime(TimeOnly.MinValue),
        EndDate = draft.EndDate?.ToDateTime(TimeOnly.MinValue),
        Funding = JsonSerializer.Serialize(draft.Funding, Json),
        Milestones = JsonSerializer.Serialize(draft.Milestones, Json),
        IndicatorLinks = JsonSerializer.Serialize(draft.Indicators, Json),
    };
}
