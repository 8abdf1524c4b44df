using System.Text.RegularExpressions;
using Nplv.Shared.Domain;

namespace Nplv.Measures.Domain;

/// <summary>A measure's content as a client wants it created or changed; checked before anything is stored.</summary>
public sealed partial record MeasureDraft(
    string Title,
    string Description,
    Theme? Theme,
    IReadOnlyList<string> AreaCodes,
    Guid LeadPartnerId,
    IReadOnlyList<Participant> Participants,
    MeasureStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<FundingLine> Funding,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<IndicatorLink> Indicators)
{
    private const int MaxItems = 200;

    // Far above any real funding line, and low enough that sums over every measure stay far inside a long.
    private const long MaxAmountCents = 1_000_000_000_000;

    /// <summary>The lead partner and the participants.</summary>
    public IReadOnlySet<Guid> PartnerIds() => Participants.Select(p => p.PartnerId).Prepend(LeadPartnerId).ToHashSet();

    public void Validate(Validator validator)
    {
        validator
            .RequireText(Title, "title", 200)
            .OptionalText(Description, "description", 10_000)
            .Require(Theme is not null, "theme", "is required")
            .Require(StartDate is null || EndDate is null || EndDate >= StartDate, "end_date", "must not come before start_date");

        Each(validator, AreaCodes, "area_codes", (code, field) => validator.Require(
            CbsAreaCode().IsMatch(code), field, "must be a CBS wijk or buurt code such as WK001410 or BU00141000"));
        Each(validator, Participants, "participants", (participant, field) => validator
            .Require(participant.PartnerId != LeadPartnerId, field + ".partner_id", "is the lead partner already")
            .OptionalText(participant.Role, field + ".role", 500));
        validator.Require(Participants.Select(p => p.PartnerId).Distinct().Count() == Participants.Count, "participants",
            "names a partner more than once");
        Each(validator, Funding, "funding", (line, field) => validator
            .RequireText(line.Source, field + ".source", 200)
            .Require(line.AmountCents is > 0 and <= MaxAmountCents, field + ".amount_cents",
                $"must be more than zero and at most {MaxAmountCents} (EUR 10 billion)")
            .Require(line.FromYear is >= 2000 and <= 2100, field + ".from_year", "must be between 2000 and 2100")
            .Require(line.ToYear >= line.FromYear && line.ToYear <= 2100, field + ".to_year", "must be between from_year and 2100"));
        Each(validator, Milestones, "milestones", (milestone, field) => validator.RequireText(milestone.Title, field + ".title", 200));
        Each(validator, Indicators, "indicators", (link, field) => validator.RequireText(link.IndicatorCode, field + ".indicator_code", 64));
        validator.Require(Indicators.Select(i => i.IndicatorCode).Distinct().Count() == Indicators.Count, "indicators",
            "names an indicator more than once");
    }

    private static void Each<T>(Validator validator, IReadOnlyList<T> items, string field, Action<T, string> check)
    {
        validator.Require(items.Count <= MaxItems, field, $"must hold at most {MaxItems} items");
        for (var i = 0; i < items.Count && i < MaxItems; i++)
        {
            check(items[i], $"{field}[{i}]");
        }
    }

    [GeneratedRegex("^(WK[0-9]{6}|BU[0-9]{8})$")]
    private static partial Regex CbsAreaCode();
}
