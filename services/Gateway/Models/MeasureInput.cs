using Nplv.Measures.V1;

namespace Nplv.Gateway.Models;

/// <summary>A measure as a client sends it, to create one or to replace one whole. A new measure starts as an idee unless it says otherwise.</summary>
public sealed record MeasureInput(
    string? Title,
    string? Description,
    string? Theme,
    IReadOnlyList<string>? AreaCodes,
    string? LeadPartnerId,
    string? Status,
    IReadOnlyList<ParticipantDto>? Participants,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<FundingLineDto>? Funding,
    IReadOnlyList<MilestoneDto>? Milestones,
    IReadOnlyList<IndicatorLinkDto>? Indicators)
{
    public CreateMeasureRequest ToCreateRequest(Guid requestId, InputErrors errors)
    {
        var request = new CreateMeasureRequest
        {
            RequestId = requestId.ToString(),
            Title = Title ?? "",
            Description = Description ?? "",
            Theme = errors.Enum<Theme>("theme", Theme),
            LeadPartnerId = LeadPartnerId ?? "",
            Status = errors.Enum<MeasureStatus>("status", Status, required: false),
            StartDate = ContractDates.Format(StartDate),
            EndDate = ContractDates.Format(EndDate),
        };
        request.AreaCodes.AddRange(errors.Entries(AreaCodes, "areaCodes").Select(entry => entry.Item));
        request.Participants.AddRange(ParticipantsOf(errors));
        request.Funding.AddRange(FundingOf(errors));
        request.Milestones.AddRange(MilestonesOf(errors));
        request.Indicators.AddRange(IndicatorsOf(errors));
        return request;
    }

    /// <summary>The whole measure as it should be after the update; the status is required here.</summary>
    public UpdateMeasureRequest ToUpdateRequest(string id, long version, InputErrors errors)
    {
        var measure = new Measure
        {
            Id = id,
            Version = version,
            Title = Title ?? "",
            Description = Description ?? "",
            Theme = errors.Enum<Theme>("theme", Theme),
            LeadPartnerId = LeadPartnerId ?? "",
            Status = errors.Enum<MeasureStatus>("status", Status),
            StartDate = ContractDates.Format(StartDate),
            EndDate = ContractDates.Format(EndDate),
        };
        measure.AreaCodes.AddRange(errors.Entries(AreaCodes, "areaCodes").Select(entry => entry.Item));
        measure.Participants.AddRange(ParticipantsOf(errors));
        measure.Funding.AddRange(FundingOf(errors));
        measure.Milestones.AddRange(MilestonesOf(errors));
        measure.Indicators.AddRange(IndicatorsOf(errors));
        return new UpdateMeasureRequest { Measure = measure };
    }

    private IEnumerable<Participant> ParticipantsOf(InputErrors errors)
        => errors.Entries(Participants, "participants")
            .Select(entry => new Participant { PartnerId = entry.Item.PartnerId ?? "", Role = entry.Item.Role ?? "" });

    private IEnumerable<FundingLine> FundingOf(InputErrors errors)
        => errors.Entries(Funding, "funding").Select(entry => new FundingLine
        {
            Source = entry.Item.Source ?? "",
            AmountCents = entry.Item.AmountCents,
            FromYear = entry.Item.FromYear,
            ToYear = entry.Item.ToYear,
        });

    private IEnumerable<Milestone> MilestonesOf(InputErrors errors)
        => errors.Entries(Milestones, "milestones").Select(entry => new Milestone
        {
            Title = entry.Item.Title ?? "", DueDate = ContractDates.Format(entry.Item.DueDate), Done = entry.Item.Done,
        });

    private IEnumerable<IndicatorLink> IndicatorsOf(InputErrors errors)
        => errors.Entries(Indicators, "indicators").Select(entry => new IndicatorLink
        {
            IndicatorCode = entry.Item.IndicatorCode ?? "",
            ExpectedDirection = errors.Enum<ExpectedDirection>(
                $"indicators[{entry.Index}].expectedDirection", entry.Item.ExpectedDirection),
        });
}
