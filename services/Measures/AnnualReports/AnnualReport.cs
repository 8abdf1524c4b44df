using Nplv.Measures.Domain;
using Nplv.Measures.Reports;

namespace Nplv.Measures.AnnualReports;

/// <summary>What an annual report covers: the whole programme, one theme or one wijk.</summary>
public enum AnnualReportScope
{
    Programme,
    Theme,
    Wijk,
}

/// <summary>Queued until a worker claims it; generating while the worker reports progress; then ready or failed.</summary>
public enum AnnualReportState
{
    Queued,
    Generating,
    Ready,
    Failed,
}

public enum AnnualReportFormat
{
    Docx,
    Pdf,
}

/// <summary>What was asked: a year and a scope (a theme, or a wijk's CBS code), with the office's introduction.</summary>
/// <param name="AsOf">The moment everything is read as it stood then (peildatum); none for the moment of asking.</param>
public sealed record AnnualReportRequest(int Year, AnnualReportScope Scope, Theme? Theme, string? AreaCode, string Introduction, DateTime? AsOf = null);

public sealed record AnnualReportDocument(AnnualReportFormat Format, long SizeBytes, string Sha256);

public sealed record AnnualReport(
    Guid Id,
    AnnualReportRequest Request,
    AnnualReportState State,
    int ProgressPercent,
    string Step,
    string Error,
    Actor RequestedBy,
    DateTime CreatedAt,
    DateTime? FinishedAt,
    IReadOnlyList<AnnualReportDocument> Documents,
    string? ContentJson)
{
    /// <summary>The moment the report reads everything as it stood: the one asked for, or the asking itself.</summary>
    public DateTime AsOf => Request.AsOf ?? CreatedAt;
}

/// <summary>A report a worker now holds, and the token that names its claim.</summary>
public sealed record AnnualReportClaim(AnnualReport Report, Guid Token);

/// <summary>How a worker ends a claim: the content and documents of a report it made, or why it could not.</summary>
public sealed record AnnualReportOutcome(string? ContentJson, string? Error, IReadOnlyDictionary<AnnualReportFormat, byte[]> Documents);

public static class AnnualReportLimits
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxIntroductionLength = 20_000;
    public const int MaxStepLength = 200;
    public const int MaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>A claim whose worker has not reported for this long is given to the next.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <summary>A report claimed this many times without an outcome has failed.</summary>
    public const int MaxAttempts = 3;
}
