using Nplv.Measures.V1;

namespace Nplv.Gateway.AnnualReports;

/// <summary>
/// Takes queued annual reports from the measures service one at a time and makes them, so that a long generation
/// never holds a request open. Every gateway runs one; the queue's claims keep two from making the same report, and a
/// gateway that stops mid-way leaves its report to the next worker when the claim's lease runs out.
/// </summary>
public sealed class AnnualReportWorker(
    AnnualReportsService.AnnualReportsServiceClient reports,
    IServiceScopeFactory scopes,
    AnnualReportSignal signal,
    ILogger<AnnualReportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(10);
    private readonly string _name = $"{Environment.MachineName}/{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claim = await reports.ClaimAnnualReportAsync(new ClaimAnnualReportRequest { Worker = _name }, cancellationToken: stoppingToken);
                if (claim.Report is null)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                    continue;
                }

                logger.LogInformation("Making annual report {ReportId} ({Year}, {Scope})", claim.Report.Id, claim.Report.Year, claim.Report.Scope);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AnnualReportGenerator>().GenerateAsync(claim.Report, claim.ClaimToken, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The measures service is away, or the claim was lost: look again later; the worker never stops the gateway.
                logger.LogWarning(exception, "The annual report queue could not be worked; trying again in {Delay}", AfterFailure);
                await Task.Delay(AfterFailure, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
