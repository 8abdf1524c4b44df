using System.Globalization;
using Nplv.Measures.V1;

namespace Nplv.Gateway.Models;

public sealed record ParticipantDto(string PartnerId, string? Role);

public sealed record FundingLineDto(string Source, long AmountCents, int FromYear, int ToYear);

public sealed record MilestoneDto(string Title, DateOnly? DueDate, bool Done);

public sealed record IndicatorLinkDto(string IndicatorCode, string ExpectedDirection);

public sealed record MeasureDto(
    string Id,
    string Title,
    string Description,
    string Theme,
    IReadOnlyList<string> AreaCodes,
    string LeadPartnerId,
    string Status,
    IReadOnlyList<ParticipantDto> Participants,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<FundingLineDto> Funding,
    IReadOnlyList<MilestoneDto> Milestones,
    IReadOnlyList<IndicatorLinkDto> Indicators,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static MeasureDto From(Measure measure) => new(
        measure.Id,
        measure.Title,
        measure.Description,
        measure.Theme.ToJsonName(),
        [.. measure.AreaCodes],
        measure.LeadPartnerId,
        measure.Status.ToJsonName(),
        [.. measure.Participants.Select(p => new ParticipantDto(p.PartnerId, p.Role.NullIfEmpty()))],
        ContractDates.Parse(measure.StartDate),
        ContractDates.Parse(measure.EndDate),
        [.. measure.Funding.Select(f => new FundingLineDto(f.Source, f.AmountCents, f.FromYear, f.ToYear))],
        [.. measure.Milestones.Select(m => new MilestoneDto(m.Title, ContractDates.Parse(m.DueDate), m.Done))],
        [.. measure.Indicators.Select(i => new IndicatorLinkDto(i.IndicatorCode, i.ExpectedDirection.ToJsonName()))],
        measure.Version,
        measure.CreateTime.ToDateTimeOffset(),
        measure.UpdateTime.ToDateTimeOffset());
}

/// <summary>Dates travel in the contracts as ISO 8601 calendar dates; empty is no date.</summary>
internal static class ContractDates
{
    private const string IsoDate = "yyyy-MM-dd";

    public static DateOnly? Parse(string value)
        => DateOnly.TryParseExact(value, IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Format(DateOnly? date) => date?.ToString(IsoDate, CultureInfo.InvariantCulture) ?? "";
}
