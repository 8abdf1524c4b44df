using System.Globalization;
using Nplv.Shared.Grpc;
using Nplv.Measures.Domain;
using Nplv.Shared.Domain;
using Proto = Nplv.Measures.V1;

namespace Nplv.Measures.Grpc;

internal static class MeasureMapping
{
    private const string DateFormat = "yyyy-MM-dd";

    public static Proto.Measure ToProto(this Measure measure)
    {
        var content = measure.Content;
        var proto = new Proto.Measure
        {
            Id = measure.Id.ToString(),
            Title = content.Title,
            Description = content.Description,
            Theme = content.Theme!.Value.ToProto(),
            AreaCodes = { content.AreaCodes },
            LeadPartnerId = content.LeadPartnerId.ToString(),
            Participants = { content.Participants.Select(p => new Proto.Participant { PartnerId = p.PartnerId.ToString(), Role = p.Role }) },
            Status = content.Status.ToProto(),
            StartDate = Format(content.StartDate),
            EndDate = Format(content.EndDate),
            Funding = { content.Funding.Select(f => new Proto.FundingLine { Source = f.Source, AmountCents = f.AmountCents, FromYear = f.FromYear, ToYear = f.ToYear }) },
            Milestones = { content.Milestones.Select(m => new Proto.Milestone { Title = m.Title, DueDate = Format(m.DueDate), Done = m.Done }) },
            Indicators =
            {
                content.Indicators.Select(i => new Proto.IndicatorLink
                {
                    IndicatorCode = i.IndicatorCode,
                    ExpectedDirection = i.ExpectedDirection == ExpectedDirection.Up ? Proto.ExpectedDirection.Up : Proto.ExpectedDirection.Down,
                }),
            },
            Version = measure.Version,
            CreateTime = measure.CreatedAt.ToUtcTimestamp(),
            UpdateTime = measure.UpdatedAt.ToUtcTimestamp(),
        };
        return proto;
    }

    /// <summary>
    /// The draft in a message's fields; what cannot be read (a date, a partner id, an unknown enum number) becomes
    /// a field error in <paramref name="validator"/>.
    /// </summary>
    /// <param name="defaultStatus">The status when none is given (a new measure is an idea); null makes it required.</param>
    public static MeasureDraft ToDraft(this MeasureFields fields, Validator validator, MeasureStatus? defaultStatus)
    {
        validator.RequireUuid(fields.LeadPartnerId, "lead_partner_id", out var leadPartnerId);
        var status = fields.Status == Proto.MeasureStatus.Unspecified ? defaultStatus : fields.Status.ToDomain();
        validator.Require(status is not null, "status",
            fields.Status == Proto.MeasureStatus.Unspecified ? "is required" : "is not a known status");

        var participants = fields.Participants.Select((p, i) =>
        {
            validator.RequireUuid(p.PartnerId, $"participants[{i}].partner_id", out var partnerId);
            return new Participant(partnerId, p.Role.Trim());
        }).ToList();
        var milestones = fields.Milestones.Select((m, i) =>
            new Milestone(m.Title.Trim(), ParseDate(m.DueDate, $"milestones[{i}].due_date", validator, required: true) ?? default, m.Done)).ToList();
        var links = fields.Indicators.Select((link, i) =>
        {
            var direction = link.ExpectedDirection switch
            {
                Proto.ExpectedDirection.Up => ExpectedDirection.Up,
                Proto.ExpectedDirection.Down => ExpectedDirection.Down,
                _ => (ExpectedDirection?)null,
            };
            validator.Require(direction is not null, $"indicators[{i}].expected_direction", "must be up or down");
            return new IndicatorLink(link.IndicatorCode.Trim(), direction ?? ExpectedDirection.Up);
        }).ToList();

        return new MeasureDraft(
            fields.Title,
            fields.Description,
            fields.Theme.ToDomain(),
            [.. fields.AreaCodes.Select(code => code.Trim())],
            leadPartnerId,
            participants,
            status ?? MeasureStatus.Idee,
            ParseDate(fields.StartDate, "start_date", validator, required: false),
            ParseDate(fields.EndDate, "end_date", validator, required: false),
            [.. fields.Funding.Select(f => new FundingLine(f.Source.Trim(), f.AmountCents, f.FromYear, f.ToYear))],
            milestones,
            links);
    }

    private static string Format(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    private static DateOnly? ParseDate(string value, string field, Validator validator, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            validator.Require(!required, field, "is required");
            return null;
        }

        var ok = DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        validator.Require(ok, field, "must be a date as yyyy-MM-dd");
        return ok ? date : null;
    }

    public static Proto.Theme ToProto(this Theme theme) => theme switch
    {
        Theme.Onderwijs => Proto.Theme.Onderwijs,
        Theme.Armoede => Proto.Theme.Armoede,
        Theme.Werk => Proto.Theme.Werk,
        Theme.Gezondheid => Proto.Theme.Gezondheid,
        Theme.Wonen => Proto.Theme.Wonen,
        Theme.Veiligheid => Proto.Theme.Veiligheid,
        Theme.Participatie => Proto.Theme.Participatie,
        _ => throw new ArgumentOutOfRangeException(nameof(theme), theme, null),
    };

    public static Theme? ToDomain(this Proto.Theme theme) => theme switch
    {
        Proto.Theme.Onderwijs => Theme.Onderwijs,
        Proto.Theme.Armoede => Theme.Armoede,
        Proto.Theme.Werk => Theme.Werk,
        Proto.Theme.Gezondheid => Theme.Gezondheid,
        Proto.Theme.Wonen => Theme.Wonen,
        Proto.Theme.Veiligheid => Theme.Veiligheid,
        Proto.Theme.Participatie => Theme.Participatie,
        _ => null,
    };

    public static Proto.MeasureStatus ToProto(this MeasureStatus status) => status switch
    {
        MeasureStatus.Idee => Proto.MeasureStatus.Idee,
        MeasureStatus.Gepland => Proto.MeasureStatus.Gepland,
        MeasureStatus.Lopend => Proto.MeasureStatus.Lopend,
        MeasureStatus.Afgerond => Proto.MeasureStatus.Afgerond,
        MeasureStatus.Gestopt => Proto.MeasureStatus.Gestopt,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static MeasureStatus? ToDomain(this Proto.MeasureStatus status) => status switch
    {
        Proto.MeasureStatus.Idee => MeasureStatus.Idee,
        Proto.MeasureStatus.Gepland => MeasureStatus.Gepland,
        Proto.MeasureStatus.Lopend => MeasureStatus.Lopend,
        Proto.MeasureStatus.Afgerond => MeasureStatus.Afgerond,
        Proto.MeasureStatus.Gestopt => MeasureStatus.Gestopt,
        _ => null,
    };
}

/// <summary>The fields that create and update messages share, so one mapping serves both.</summary>
internal sealed record MeasureFields(
    string Title,
    string Description,
    Proto.Theme Theme,
    IReadOnlyList<string> AreaCodes,
    string LeadPartnerId,
    IReadOnlyList<Proto.Participant> Participants,
    Proto.MeasureStatus Status,
    string StartDate,
    string EndDate,
    IReadOnlyList<Proto.FundingLine> Funding,
    IReadOnlyList<Proto.Milestone> Milestones,
    IReadOnlyList<Proto.IndicatorLink> Indicators)
{
    public static MeasureFields Of(Proto.CreateMeasureRequest r) => new(
        r.Title, r.Description, r.Theme, r.AreaCodes, r.LeadPartnerId, r.Participants, r.Status, r.StartDate, r.EndDate,
        r.Funding, r.Milestones, r.Indicators);

    public static MeasureFields Of(Proto.Measure m) => new(
        m.Title, m.Description, m.Theme, m.AreaCodes, m.LeadPartnerId, m.Participants, m.Status, m.StartDate, m.EndDate,
        m.Funding, m.Milestones, m.Indicators);
}
