using Nplv.Gateway.Models;

namespace Nplv.Gateway.Views;

/// <summary>A measure with its partners and areas resolved and the series of the indicators it aims to move, in its areas.</summary>
public sealed record MeasureOverview(
    MeasureDto Measure,
    PartnerRef LeadPartner,
    IReadOnlyList<ParticipantView> Participants,
    IReadOnlyList<AreaRef> Areas,
    IReadOnlyList<MeasureIndicator> Indicators,
    IReadOnlyList<string> Degraded);

public sealed record ParticipantView(string PartnerId, string? Name, string? Type, bool? Archived, string? Role);

public sealed record AreaRef(string Code, string? Name, string? Level);

public sealed record MeasureIndicator(
    string Code, string ExpectedDirection, IndicatorDto? Indicator, IReadOnlyList<AreaSeriesDto> Series);
