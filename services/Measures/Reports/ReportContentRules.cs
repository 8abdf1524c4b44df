using Nplv.Measures.Domain;
using Nplv.Shared.Domain;

namespace Nplv.Measures.Reports;

/// <summary>What a report's content must be, given the measure it reports on (its funding lines, milestones and areas).</summary>
public static class ReportContentRules
{
    public const int MaxTextLength = 10_000;
    public const int MaxItems = 200;

    // Far above a period's spending on one line, as for the funding lines themselves.
    private const long MaxSpentCents = 1_000_000_000_000;
    private const int MaxPeople = 10_000_000;

    /// <summary>Field errors go to <paramref name="validator"/>, named from <c>content.</c> as in the request.</summary>
    public static void Validate(ReportContent content, Measure measure, Validator validator)
    {
        var funding = measure.Content.Funding;
        var milestones = measure.Content.Milestones;
        validator
            .OptionalText(content.Done, "content.done", MaxTextLength)
            .OptionalText(content.Obstacles, "content.obstacles", MaxTextLength)
            .OptionalText(content.NextSteps, "content.next_steps", MaxTextLength);

        Each(validator, content.Spending, "content.spending", (spent, field) => validator
            .Require(spent.FundingLine >= 0 && spent.FundingLine < funding.Count, field + ".funding_line",
                funding.Count == 0 ? "the measure has no funding lines" : $"must be a funding line of the measure, 0 to {funding.Count - 1}")
            .Require(spent.SpentCents is >= 0 and <= MaxSpentCents, field + ".spent_cents", $"must be between 0 and {MaxSpentCents}"));
        validator.Require(content.Spending.Select(s => s.FundingLine).Distinct().Count() == content.Spending.Count,
            "content.spending", "names a funding line more than once");

        Each(validator, content.Reach, "content.reach", (reach, field) => validator
            .Require(reach.AreaCode.Length == 0 || InMeasureAreas(reach.AreaCode, measure.Content.AreaCodes), field + ".area_code",
                "must be one of the measure's areas or a buurt in one of its wijken")
            .Require(reach.People is > 0 and <= MaxPeople, field + ".people", $"must be between 1 and {MaxPeople}")
            .OptionalText(reach.Description, field + ".description", 200));

        Each(validator, content.Milestones, "content.milestones", (update, field) => validator
            .Require(update.Milestone >= 0 && update.Milestone < milestones.Count, field + ".milestone",
                milestones.Count == 0 ? "the measure has no milestones" : $"must be a milestone of the measure, 0 to {milestones.Count - 1}")
            .Require(!(update.Done && update.MovedTo is not null), field + ".moved_to", "a milestone that is done does not move")
            .Require(update.MovedTo is null || update.Reason.Trim().Length > 0, field + ".reason", "is required when the milestone moves")
            .OptionalText(update.Reason, field + ".reason", 2_000));
        validator.Require(content.Milestones.Select(m => m.Milestone).Distinct().Count() == content.Milestones.Count,
            "content.milestones", "names a milestone more than once");
    }

    /// <summary>A submitted report says what was done and how the measure stands.</summary>
    public static void ValidateComplete(ReportContent content, Validator validator)
        => validator
            .Require(content.Done.Trim().Length > 0, "content.done", "is required before the report is submitted")
            .Require(content.Rating is not null, "content.rating", "is required before the report is submitted");

    /// <summary>BU00141000 lies in WK001410: a buurt belongs to a wijk whose code its own begins with.</summary>
    private static bool InMeasureAreas(string code, IReadOnlyList<string> areaCodes)
        => areaCodes.Contains(code)
           || (code.Length == 10 && code.StartsWith("BU", StringComparison.Ordinal) && areaCodes.Contains("WK" + code[2..8]));

    private static void Each<T>(Validator validator, IReadOnlyList<T> items, string field, Action<T, string> check)
    {
        validator.Require(items.Count <= MaxItems, field, $"must hold at most {MaxItems} items");
        for (var i = 0; i < items.Count && i < MaxItems; i++)
        {
            check(items[i], $"{field}[{i}]");
        }
    }
}
