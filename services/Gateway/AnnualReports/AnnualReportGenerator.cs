using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Nplv.Contracts;
using Nplv.Gateway.AnnualReports.Documents;
using Nplv.Measures.V1;

namespace Nplv.Gateway.AnnualReports;

/// <summary>Makes one claimed report: its content from the services, then the DOCX and the PDF, and hands them to the measures service.</summary>
public sealed class AnnualReportGenerator(
    AnnualReportComposer composer,
    AnnualReportsService.AnnualReportsServiceClient reports,
    TimeProvider clock,
    ILogger<AnnualReportGenerator> logger)
{
    public static readonly JsonSerializerOptions ContentJson = new(JsonSerializerDefaults.Web);

    private const int ChunkBytes = 64 * 1024;

    /// <summary>How long the documents may take to reach the measures service.</summary>
    private static readonly TimeSpan CompletionDeadline = TimeSpan.FromMinutes(2);

    public async Task GenerateAsync(AnnualReport report, string claimToken, CancellationToken cancellationToken)
    {
        async Task Progress(int percent, string step)
            => await reports.ReportAnnualReportProgressAsync(
                new ReportAnnualReportProgressRequest { Id = report.Id, ClaimToken = claimToken, ProgressPercent = percent, Step = step },
                cancellationToken: cancellationToken);

        AnnualReportContent content;
        Dictionary<AnnualReportFormat, byte[]> documents;
        try
        {
            content = await composer.ComposeAsync(report, Progress, cancellationToken);
            var blocks = ReportLayout.Blocks(content);
            var title = $"{content.Title} · {content.ScopeName}";
            await Progress(75, "Word-document maken");
            var docx = DocxReportRenderer.Render(blocks, title);
            await Progress(88, "PDF maken");
            var pdf = PdfReportRenderer.Render(blocks, title, content.GeneratedAt);
            documents = new() { [AnnualReportFormat.Docx] = docx, [AnnualReportFormat.Pdf] = pdf };
            await Progress(95, "Opslaan");
        }
        // A gateway that stops leaves the report to the next worker (its claim runs out); that is no failure of the report.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Annual report {ReportId} could not be made", report.Id);
            await FailAsync(report, claimToken, FailureOf(exception), cancellationToken);
            return;
        }

        try
        {
            await CompleteAsync(
                new AnnualReportCompletion { Id = report.Id, ClaimToken = claimToken, ContentJson = JsonSerializer.Serialize(content, ContentJson) },
                documents,
                cancellationToken);
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested
            && exception.StatusCode is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.FailedPrecondition))
        {
            // Refused for what it is (too large, say): another try would be refused the same way.
            logger.LogError(exception, "Annual report {ReportId} was made but refused by the measures service", report.Id);
            await FailAsync(report, claimToken, $"De rapportage is gemaakt, maar kon niet worden bewaard: {exception.Status.Detail}", cancellationToken);
        }
    }

    private Task FailAsync(AnnualReport report, string claimToken, string error, CancellationToken cancellationToken)
        => CompleteAsync(
            new AnnualReportCompletion { Id = report.Id, ClaimToken = claimToken, Error = error.Length > AnnualReportContract.MaxErrorLength ? error[..AnnualReportContract.MaxErrorLength] : error },
            [],
            cancellationToken);

    private async Task CompleteAsync(AnnualReportCompletion completion, Dictionary<AnnualReportFormat, byte[]> documents, CancellationToken cancellationToken)
    {
        using var call = reports.CompleteAnnualReport(deadline: clock.GetUtcNow().UtcDateTime.Add(CompletionDeadline), cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new CompleteAnnualReportRequest { Completion = completion }, cancellationToken);
        foreach (var (format, bytes) in documents)
        {
            for (var offset = 0; offset < bytes.Length; offset += ChunkBytes)
            {
                var chunk = new AnnualReportChunk { Format = format, Data = ByteString.CopyFrom(bytes, offset, Math.Min(ChunkBytes, bytes.Length - offset)) };
                await call.RequestStream.WriteAsync(new CompleteAnnualReportRequest { Chunk = chunk }, cancellationToken);
            }
        }

        await call.RequestStream.CompleteAsync();
        await call;
    }

    /// <summary>Why, in words the programme office can act on.</summary>
    private static string FailureOf(Exception exception) => exception switch
    {
        RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded } rpc
            => $"Een dienst van het programma was niet bereikbaar ({rpc.Status.Detail}). Vraag de rapportage later opnieuw aan.",
        RpcException rpc => $"Een dienst weigerde een vraag: {rpc.Status.Detail}",
        _ => "Er ging iets mis bij het maken van de documenten.",
    };
}
