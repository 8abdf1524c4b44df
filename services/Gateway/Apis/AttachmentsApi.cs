using System.ComponentModel;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Errors;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Http;
using Nplv.Gateway.Models;
using Nplv.Measures.V1;

namespace Nplv.Gateway.Apis;

/// <summary>
/// Evidence attached to a progress report. The file is the request's body, passed to the measures service as it
/// arrives; the service judges its type by its content and keeps it. A download is always an attachment, with the
/// type the service read and nosniff, so a browser never renders it as a page of this site.
/// </summary>
public static class AttachmentsApi
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static RouteGroupBuilder MapAttachmentsApi(this RouteGroupBuilder v1)
    {
        var attachments = v1.MapGroup("/measures/{id}/reports/{period}/attachments").WithTags("Reports")
            .WithMetadata(new QueryFieldNames(("header.file_name", "fileName"), ("header.measure_id", "id"), ("header.period", "period"), ("data", "file")))
            .RequireAuthorization(GatewayPolicies.Editor);
        attachments.MapPost("/", UploadAttachment).WithName(nameof(UploadAttachment)).ProducesWriteProblems()
            // The type is read from the content; these are only what a client may call it.
            .Accepts<IFormFile>("application/octet-stream", "application/pdf", "image/png", "image/jpeg",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .WithSummary("Attaches a file to a report its partners hold (concept or teruggestuurd): the body is the file, at most 20 MB; "
                + "PDF, PNG, JPEG, DOCX or XLSX, judged by its content");
        attachments.MapGet("/{attachmentId}", DownloadAttachment).WithName(nameof(DownloadAttachment)).ProducesReadProblems()
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("Downloads an attachment (signed in), as an attachment with its type and nosniff");
        attachments.MapDelete("/{attachmentId}", DeleteAttachment).WithName(nameof(DeleteAttachment)).ProducesWriteProblems()
            .WithSummary("Removes an attachment from a report its partners hold");
        return v1;
    }

    public static async Task<Results<Created<AttachmentDto>, ValidationProblem>> UploadAttachment(
        string id,
        string period,
        [FromQuery, Description("The file's name, such as verslag.pdf; its extension must fit its content")] string? fileName,
        HttpContext context,
        ReportsService.ReportsServiceClient reports,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fileName"] = ["is required: the file's name, such as verslag.pdf"] });
        }

        StreamedUploads.LimitBody(context, MaxFileBytes, "The file is larger than 20 MB.");
        using var call = reports.UploadAttachment(cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new UploadAttachmentRequest
        {
            Header = new AttachmentHeader { MeasureId = id, Period = period, FileName = fileName },
        }, cancellationToken);
        await StreamedUploads.SendBodyAsync(context.Request, call.RequestStream, data => new UploadAttachmentRequest { Data = data }, cancellationToken);
        var attachment = await call;
        // Built from the values the service accepted, never echoed raw into a header.
        return TypedResults.Created(
            $"/api/v1/measures/{Guid.Parse(id):D}/reports/{Uri.EscapeDataString(period)}/attachments/{attachment.Id}",
            AttachmentDto.From(attachment));
    }

    public static async Task<EmptyHttpResult> DownloadAttachment(
        string id, string period, string attachmentId, HttpContext context, ReportsService.ReportsServiceClient reports,
        CancellationToken cancellationToken)
    {
        using var call = reports.DownloadAttachment(
            new DownloadAttachmentRequest { MeasureId = id, Period = period, AttachmentId = attachmentId }, cancellationToken: cancellationToken);
        // The description comes first: a missing attachment fails here, before anything is written.
        if (!await call.ResponseStream.MoveNext(cancellationToken) || call.ResponseStream.Current.Attachment is not { } attachment)
        {
            throw new RpcException(new Status(StatusCode.Internal, "The attachment's description did not come first."));
        }

        var response = context.Response;
        response.ContentType = attachment.ContentType;
        response.ContentLength = attachment.SizeBytes;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(attachment.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        while (await call.ResponseStream.MoveNext(cancellationToken))
        {
            await response.Body.WriteAsync(call.ResponseStream.Current.Data.Memory, cancellationToken);
        }

        return TypedResults.Empty;
    }

    public static async Task<NoContent> DeleteAttachment(
        string id, string period, string attachmentId, ReportsService.ReportsServiceClient reports, CancellationToken cancellationToken)
    {
        await reports.DeleteAttachmentAsync(
            new DeleteAttachmentRequest { MeasureId = id, Period = period, AttachmentId = attachmentId }, cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }
}
