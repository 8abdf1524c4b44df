namespace Nplv.Measures.Reports;

/// <summary>A period the measures report on: what it covers (from its code), when reports open and when they are due.</summary>
public sealed record ReportingPeriod(
    string Code,
    string Name,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly OpensOn,
    DateOnly DueOn,
    DateTime CreatedAt)
{
    /// <summary>Reports can be written from the opening day on.</summary>
    public bool IsOpenOn(DateOnly day) => day >= OpensOn;

    /// <summary>A report not submitted by the due date is late from the day after it.</summary>
    public bool IsOverdueOn(DateOnly day) => day > DueOn;
}
