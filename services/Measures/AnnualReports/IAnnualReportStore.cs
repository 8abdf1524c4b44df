namespace Nplv.Measures.AnnualReports;

public interface IAnnualReportStore
{
    /// <summary>Queues the report; a retry with the same request id gets the first one back.</summary>
    Task<AnnualReport> CreateAsync(Guid? requestId, AnnualReportRequest request, Reports.Actor requestedBy, CancellationToken cancellationToken);

    /// <summary>The report, with its content when <paramref name="withContent"/>; NotFound when there is none.</summary>
    Task<AnnualReport> GetAsync(Guid id, bool withContent, CancellationToken cancellationToken);

    /// <summary>Newest first, after the report <paramref name="after"/> when given.</summary>
    Task<IReadOnlyList<AnnualReport>> ListAsync(int limit, (DateTime CreatedAt, Guid Id)? after, CancellationToken cancellationToken);

    Task<(AnnualReportDocument Document, byte[] Content)> GetDocumentAsync(Guid id, AnnualReportFormat format, CancellationToken cancellationToken);

    /// <summary>The oldest report waiting, or one whose worker went quiet, claimed for <paramref name="worker"/>; null when none waits.</summary>
    Task<AnnualReportClaim?> ClaimAsync(string worker, CancellationToken cancellationToken);

    /// <summary>Records progress under the claim; false when the claim is no longer the worker's.</summary>
    Task<bool> ReportProgressAsync(Guid id, Guid claimToken, int percent, string step, CancellationToken cancellationToken);

    /// <summary>Ends the claim with its outcome, all at once; false when the claim is no longer the worker's.</summary>
    Task<bool> CompleteAsync(Guid id, Guid claimToken, AnnualReportOutcome outcome, CancellationToken cancellationToken);
}
