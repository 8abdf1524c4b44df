namespace Nplv.Gateway.AnnualReports;

/// <summary>
/// What an annual report says, as generated from the services' data: kept with the report as JSON, drawn by the
/// dashboard's printable page and laid out in the DOCX and PDF.
/// </summary>
/// <param name="AsOf">The peildatum: the measures, progress reports and figures are as they stood at this moment.</param>
/// <param name="ChangedSince">What differs from the last report of the same year and scope made for an earlier moment; none when there is no such report.</param>
public sealed record AnnualReportContent(
    string Title,
    int Year,
    string Scope,
    string? Theme,
    string? AreaCode,
    string ScopeName,
    DateTimeOffset GeneratedAt,
    string Introduction,
    ReportTotals Totals,
    IReadOnlyList<ThemeSection> Themes,
    IReadOnlyList<IndicatorSection> Indicators,
    IReadOnlyList<PartnerSection> Partners,
    DateTimeOffset AsOf = default,
    ChangesSince? ChangedSince = null);

public sealed record ReportTotals(int Measures, decimal BudgetEuros, decimal SpentEuros, long PeopleReached, int ApprovedReports);

public sealed record ThemeSection(string Theme, string Name, IReadOnlyList<MeasureSection> Measures);

public sealed record MeasureSection(
    string Id,
    string Title,
    string Status,
    string LeadPartner,
    IReadOnlyList<string> Areas,
    decimal BudgetEuros,
    decimal SpentEuros,
    long PeopleReached,
    IReadOnlyList<ProgressText> Progress,
    IReadOnlyList<MilestoneLine> Milestones);

/// <summary>An approved progress report of one of the year's periods.</summary>
public sealed record ProgressText(string Period, string PeriodName, string? Rating, string Done, string Obstacles, string NextSteps);

public sealed record MilestoneLine(string Title, DateOnly? DueDate, bool Done);

public sealed record IndicatorSection(
    string Code, string Name, string Unit, string Direction, string Theme, IReadOnlyList<SeriesLine> Series, IReadOnlyList<TargetLine> Targets);

public sealed record SeriesLine(string AreaCode, string AreaName, bool IsCity, IReadOnlyList<FigurePoint> Points);

public sealed record FigurePoint(int Year, double? Value, string Status, string Source);

public sealed record TargetLine(
    string AreaCode, string AreaName, int BaselineYear, double BaselineValue, int TargetYear, double? GoalValue, int? LatestYear, double? LatestValue, string Status);

public sealed record PartnerSection(string Id, string Name, string Type, IReadOnlyList<string> Leads, IReadOnlyList<string> TakesPartIn);

/// <summary>What changed since an earlier report of the same year and scope: figures corrected or added, texts approved late.</summary>
public sealed record ChangesSince(
    string PreviousReportId, DateTimeOffset PreviousAsOf, IReadOnlyList<FigureChange> Figures, IReadOnlyList<ProgressChange> Progress);

/// <summary>A figure as the earlier report had it and as this one has it; a side without a figure had none there.</summary>
public sealed record FigureChange(
    string IndicatorCode, string IndicatorName, string Unit, string AreaCode, string AreaName, int Year, FigurePoint? Before, FigurePoint? After);

/// <summary>An approved progress text this report has and the earlier did not (<c>approved</c>), or the other way round (<c>withdrawn</c>), or with other words (<c>changed</c>).</summary>
public sealed record ProgressChange(string MeasureId, string MeasureTitle, string Period, string PeriodName, string Change);
