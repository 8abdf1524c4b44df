using Nplv.Measures.V1;

namespace Nplv.Gateway.Models;

/// <summary>A new reporting period (programme office).</summary>
public sealed record PeriodInput(string? Code, string? Name, string? OpensOn, string? DueOn)
{
    public CreatePeriodRequest ToRequest() => new() { Code = Code ?? "", Name = Name ?? "", OpensOn = OpensOn ?? "", DueOn = DueOn ?? "" };
}

/// <summary>
/// A report's content as its partners write it: what was done, what got in the way, what comes next, how the measure
/// stands (op_schema, risico, achter), money spent per funding line, people reached and what became of the milestones.
/// </summary>
public sealed record ReportInput(
    string? Done,
    string? Obstacles,
    string? NextSteps,
    string? Rating,
    IReadOnlyList<SpendingInput>? Spending,
    IReadOnlyList<ReachInput>? Reach,
    IReadOnlyList<MilestoneUpdateInput>? Milestones)
{
    /// <summary>Contract field errors (<c>content.next_steps</c>) name the body's fields (<c>nextSteps</c>).</summary>
    public static Errors.QueryFieldNames ContractNames { get; } = new(("content", ""), ("measure_id", "id"));

    public ReportContent ToContent(InputErrors errors)
    {
        var content = new ReportContent
        {
            Done = Done ?? "",
            Obstacles = Obstacles ?? "",
            NextSteps = NextSteps ?? "",
            Rating = errors.Enum<ProgressRating>("rating", Rating, required: false),
        };
        foreach (var (spent, i) in errors.Entries(Spending, "spending"))
        {
            if (spent.FundingLine is null) errors.Add($"spending[{i}].fundingLine", "is required: the funding line's position in the measure's funding, from 0");
            if (spent.SpentCents is null) errors.Add($"spending[{i}].spentCents", "is required");
            content.Spending.Add(new Spending { FundingLine = spent.FundingLine ?? 0, SpentCents = spent.SpentCents ?? 0 });
        }

        foreach (var (reach, i) in errors.Entries(Reach, "reach"))
        {
            if (reach.People is null) errors.Add($"reach[{i}].people", "is required");
            content.Reach.Add(new Reach { AreaCode = reach.AreaCode ?? "", People = reach.People ?? 0, Description = reach.Description ?? "" });
        }

        foreach (var (update, i) in errors.Entries(Milestones, "milestones"))
        {
            if (update.Milestone is null) errors.Add($"milestones[{i}].milestone", "is required: the milestone's position in the measure's milestones, from 0");
            content.Milestones.Add(new MilestoneUpdate
            {
                Milestone = update.Milestone ?? 0, Done = update.Done ?? false, MovedTo = update.MovedTo ?? "", Reason = update.Reason ?? "",
            });
        }

        return content;
    }
}

public sealed record SpendingInput(int? FundingLine, long? SpentCents);

public sealed record ReachInput(string? AreaCode, int? People, string? Description);

public sealed record MilestoneUpdateInput(int? Milestone, bool? Done, string? MovedTo, string? Reason);

/// <summary>A step in a report's review: the state it moves to, and why (required when returning or reopening).</summary>
public sealed record TransitionInput(string? ToState, string? Reason);
