namespace Nplv.Contracts;

/// <summary>
/// The limits of AnnualReportsService (annual_reports.proto) that both its sides keep: the measures service that
/// stores the reports and the gateway's worker that makes them.
/// </summary>
public static class AnnualReportContract
{
    /// <summary>The longest reason a failed report keeps.</summary>
    public const int MaxErrorLength = 2_000;

    /// <summary>The largest message of the annual reports' calls: a report's content as JSON travels whole.</summary>
    public const int MaxMessageBytes = 32 * 1024 * 1024;
}
