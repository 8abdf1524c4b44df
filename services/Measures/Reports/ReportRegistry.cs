using Nplv.Contracts;
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
        var key = RecordIds.Report(measureId, periodCode);
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
        var key = RecordIds.Report(measureId, periodCode);
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

    /// <summary>Attaches evidence to a report its partners hold; its type is read from the content.</summary>
    public async Task<Attachment> AddAttachmentAsync(
        Guid measureId, string periodCode, string fileName, ReadOnlyMemory<byte> content, Actor actor, Validator validator,
        CancellationToken cancellationToken)
    {
        var key = RecordIds.Report(measureId, periodCode);
        var report = await WritableReportAsync(measureId, periodCode, actor, cancellationToken);
        var nameProblem = AttachmentFiles.CheckName(fileName);
        var type = AttachmentFiles.Detect(content);
        validator
            .Require(nameProblem is null, "header.file_name", nameProblem ?? "")
            .Require(content.Length > 0, "data", "the file is empty")
            .Require(content.Length <= AttachmentFiles.MaxBytes, "data", $"the file is larger than {AttachmentFiles.MaxBytes / (1024 * 1024)} MB")
            .Require(content.Length == 0 || type is not null, "data", $"the content is not a {AttachmentFiles.Accepted} file")
            .Require(nameProblem is not null || type is null || AttachmentFiles.NameFits(fileName, type), "header.file_name",
                $"the content is a {type?.Name} file, but the name does not end in {string.Join(" or ", type?.Extensions ?? [])}");
        validator.ThrowIfInvalid();
        if (report.Attachments.Count >= AttachmentFiles.MaxPerReport)
        {
            throw new StateConflictException("report", key, $"a report holds at most {AttachmentFiles.MaxPerReport} attachments");
        }

        var attachment = new Attachment(
            Guid.CreateVersion7(), fileName, type!.ContentType, content.Length,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content.Span)), actor, time.GetUtcNow().UtcDateTime);
        return await reports.AddAttachmentAsync(measureId, periodCode, attachment, content, cancellationToken)
            ? attachment
            : throw new StateConflictException("report", key, "the report was submitted or filled up while the file was sent");
    }

    public async Task DeleteAttachmentAsync(Guid measureId, string periodCode, Guid attachmentId, Actor actor, CancellationToken cancellationToken)
    {
        var report = await WritableReportAsync(measureId, periodCode, actor, cancellationToken);
        if (report.Attachments.All(a => a.Id != attachmentId))
        {
            throw new EntityNotFoundException("attachment", attachmentId.ToString());
        }

        if (!await reports.DeleteAttachmentAsync(measureId, periodCode, attachmentId, cancellationToken))
        {
            throw new StateConflictException("report", RecordIds.Report(measureId, periodCode), "the report was submitted while the attachment was removed");
        }
    }

    /// <summary>Refuses, before a file is read, an actor who does not write for the report, or a report its partners do not hold.</summary>
    public Task RequireWritableAsync(Guid measureId, string periodCode, Actor actor, CancellationToken cancellationToken)
        => WritableReportAsync(measureId, periodCode, actor, cancellationToken);

    /// <summary>The report, after checking the actor writes for its measure and its partners hold it.</summary>
    private async Task<ProgressReport> WritableReportAsync(Guid measureId, string periodCode, Actor actor, CancellationToken cancellationToken)
    {
        var (measure, _) = await MeasureAndPeriodAsync(measureId, periodCode, cancellationToken);
        var key = RecordIds.Report(measureId, periodCode);
        RequireEditor(actor, measure, key);
        var report = await reports.GetAsync(measureId, periodCode, cancellationToken);
        return ReportTransitions.IsWritable(report.State)
            ? report
            : throw new StateConflictException("report", key, $"a report that is {Name(report.State)} takes no changes to its attachments");
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
