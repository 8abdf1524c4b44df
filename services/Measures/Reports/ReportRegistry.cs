using Nplv.Measures.Domain;
using Nplv.Shared.Domain;

namespace Nplv.Measures.Reports;

/// <summary>The reporting cycle's rules: who writes and reviews a report, in which state, in which period.</summary>
public sealed class ReportRegistry(IReportStore reports, IMeasureStore measures, TimeProvider time)
{
    public const int MaxReasonLength = 2_000;

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<ReportingPeriod> CreatePeriodAsync(
        string code, string name, DateOnly? opensOn, DateOnly? dueOn, Actor actor, Validator validator, CancellationToken cancellationToken)
    {
        RequireOffice(actor, "period", code, "only the programme office defines reporting periods");
        var known = PeriodCode.TryParse(code, out var start, out var end, out var defaultName);
        validator
            .Require(known, "code", PeriodCode.Description)
            .OptionalText(name, "name", 200)
            .Require(opensOn is not null, "opens_on", "is required")
            .Require(dueOn is not null, "due_on", "is required")
            .Require(opensOn is null || dueOn is null || dueOn >= opensOn, "due_on", "must not come before opens_on")
            .Require(dueOn is null || !known || dueOn >= start, "due_on", "must not come before the period starts");
        validator.ThrowIfInvalid();

        var period = new ReportingPeriod(code, name.Trim().Length > 0 ? name.Trim() : defaultName, start, end, opensOn!.Value, dueOn!.Value, default);
        return await reports.CreatePeriodAsync(period, cancellationToken);
    }

    /// <summary>Creates the report (version 0) or replaces its content at the version read.</summary>
    public async Task<ProgressReport> SaveAsync(
        Guid measureId, string periodCode, long version, ReportContent content, Actor actor, Validator validator,
        CancellationToken cancellationToken)
    {
        var (measure, period) = await MeasureAndPeriodAsync(measureId, periodCode, cancellationToken);
        var key = $"{measureId}/{periodCode}";
        RequireEditor(actor, measure, key);
        ReportContentRules.Validate(content, measure, validator);
        validator.ThrowIfInvalid();
        if (!period.IsOpenOn(Today))
        {
            throw new StateConflictException("report", key, $"the period {period.Code} opens for reports on {period.OpensOn:yyyy-MM-dd}");
        }

        if (version == 0)
        {
            return await reports.CreateAsync(measureId, periodCode, content, actor, cancellationToken);
        }

        var current = await reports.GetAsync(measureId, periodCode, cancellationToken);
        RequireVersion(current, version, key);
        if (!ReportTransitions.IsWritable(current.State))
        {
            throw new StateConflictException("report", key, $"a report that is {Name(current.State)} cannot be changed");
        }

        // Writing a returned report takes it back into concept: the partners work on it again.
        var move = current.State == ReportState.Teruggestuurd
            ? new ReportEvent(current.State, ReportState.Concept, actor, "", default)
            : null;
        return await reports.UpdateAsync(measureId, periodCode, version, current.State, content, move, actor, cancellationToken);
    }

    public async Task<ProgressReport> TransitionAsync(
        Guid measureId, string periodCode, long version, ReportState? to, string reason, Actor actor, Validator validator,
        CancellationToken cancellationToken)
    {
        validator
            .Require(to is not null, "to_state", "must be concept, ingediend, goedgekeurd or teruggestuurd")
            .OptionalText(reason, "reason", MaxReasonLength);
        validator.ThrowIfInvalid();

        var (measure, _) = await MeasureAndPeriodAsync(measureId, periodCode, cancellationToken);
        var key = $"{measureId}/{periodCode}";
        RequireEditor(actor, measure, key);
        var current = await reports.GetAsync(measureId, periodCode, cancellationToken);
        RequireVersion(current, version, key);
        var move = ReportTransitions.Find(current.State, to!.Value)
            ?? throw new StateConflictException("report", key, $"a report that is {Name(current.State)} cannot become {Name(to.Value)}");
        if (move.OfficeOnly)
        {
            RequireOffice(actor, "report", key, $"only the programme office makes a report {Name(to.Value)} from {Name(current.State)}");
        }

        validator.Require(!move.NeedsReason || reason.Trim().Length > 0, "reason",
            $"is required when a report becomes {Name(to.Value)} from {Name(current.State)}");
        if (to == ReportState.Ingediend)
        {
            ReportContentRules.ValidateComplete(current.Content, validator);
        }

        validator.ThrowIfInvalid();
        var change = new ReportEvent(current.State, to.Value, actor, reason.Trim(), default);
        return await reports.UpdateAsync(measureId, periodCode, version, current.State, content: null, change, actor, cancellationToken);
    }

    public async Task<(ReportingPeriod Period, IReadOnlyList<ExpectedReport> Reports)> OverviewAsync(string code, CancellationToken cancellationToken)
    {
        var period = await reports.GetPeriodAsync(code, cancellationToken);
        return (period, await reports.OverviewAsync(period, cancellationToken));
    }

    /// <summary>Late: the due date has passed and the report is not (yet) with the programme office or approved.</summary>
    public bool IsLate(ReportingPeriod period, ExpectedReport report)
        => report.Expected && period.IsOverdueOn(Today) && report.State is null or ReportState.Concept or ReportState.Teruggestuurd;

    private async Task<(Measure Measure, ReportingPeriod Period)> MeasureAndPeriodAsync(
        Guid measureId, string periodCode, CancellationToken cancellationToken)
    {
        var measure = measures.GetAsync(measureId, cancellationToken);
        var period = reports.GetPeriodAsync(periodCode, cancellationToken);
        await Task.WhenAll(measure, period);
        return (measure.Result, period.Result);
    }

    private static void RequireEditor(Actor actor, Measure measure, string key)
    {
        if (!actor.EditsFor(measure.Content.PartnerIds()))
        {
            throw new ActionNotAllowedException("report", key,
                "only the programme office and the editors of the measure's lead and participating partners write its reports");
        }
    }

    private static void RequireOffice(Actor actor, string entity, string key, string description)
    {
        if (!actor.IsProgrammeOffice)
        {
            throw new ActionNotAllowedException(entity, key, description);
        }
    }

    private static void RequireVersion(ProgressReport current, long version, string key)
    {
        if (current.Version != version)
        {
            throw new VersionConflictException("report", key, version, current.Version);
        }
    }

    private static string Name(ReportState state) => state.ToString().ToLowerInvariant();
}
