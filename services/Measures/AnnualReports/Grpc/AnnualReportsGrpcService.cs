using System.Globalization;
using System.Text.Json;
using Grpc.Core;
using Nplv.Contracts;
using Nplv.Measures.Domain;
using Nplv.Measures.Grpc;
using Nplv.Measures.Reports;
using Nplv.Measures.Reports.Grpc;
using Nplv.Measures.V1;
using Nplv.Shared.Domain;
using Nplv.Shared.Grpc;

namespace Nplv.Measures.AnnualReports.Grpc;

[BindServiceMethod(typeof(ReadableRequestMessages<AnnualReportsService.AnnualReportsServiceBase>), "BindService")]
public sealed class AnnualReportsGrpcService(IAnnualReportStore store, IIndicatorDirectory areas, TimeProvider clock) : AnnualReportsService.AnnualReportsServiceBase
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;
    private const int MaxWorkerLength = 200;
    private const int ChunkBytes = 64 * 1024;

    public override async Task<V1.AnnualReport> StartAnnualReport(StartAnnualReportRequest request, ServerCallContext context)
    {
        var actor = ActorMetadata.From(context.RequestHeaders);
        if (!actor.IsKnown || actor.Role != Reports.Actor.ProgrammeOfficeRole)
        {
            throw new ActionNotAllowedException("annual report", "", "only the programme office asks for an annual report");
        }

        var validator = new Validator()
            .OptionalUuid(request.RequestId, "request_id", out var requestId)
            .Require(request.Year is >= AnnualReportLimits.FirstYear and <= AnnualReportLimits.LastYear, "year", $"must be from {AnnualReportLimits.FirstYear} to {AnnualReportLimits.LastYear}")
            .OptionalText(request.Introduction, "introduction", AnnualReportLimits.MaxIntroductionLength);
        // To the microsecond the database keeps, so a retry compares equal to what was stored.
        var asOf = validator.OptionalTime(request.AsOf, "as_of") is { } moment ? moment.AddTicks(-(moment.Ticks % 10)) : (DateTime?)null;
        validator.Require(asOf is null || asOf <= clock.GetUtcNow().UtcDateTime, "as_of", "may not lie after the moment of asking");
        var scope = request.Scope.ToDomain();
        validator.Require(scope is not null, "scope", "must be programme, theme or wijk");
        var theme = request.Theme.ToDomain();
        validator.Require((scope == AnnualReportScope.Theme) == (theme is not null), "theme", "is given with scope theme, and only then");
        var areaCode = request.AreaCode.Trim();
        validator.Require((scope == AnnualReportScope.Wijk) == (areaCode.Length > 0), "area_code", "is given with scope wijk, and only then");
        validator.Require(areaCode.Length == 0 || WijkCodes.IsWijk(areaCode), "area_code", "must be a wijk's CBS code, such as WK001409");
        validator.ThrowIfInvalid();

        if (areaCode.Length > 0 && (await areas.MissingAreasAsync([areaCode], context.CancellationToken)).Count > 0)
        {
            validator.Add("area_code", $"no area {areaCode} is known").ThrowIfInvalid();
        }

        var report = await store.CreateAsync(
            requestId,
            new AnnualReportRequest(request.Year, scope!.Value, theme, areaCode.Length > 0 ? areaCode : null, request.Introduction, asOf),
            actor.ToActor(),
            context.CancellationToken);
        return report.ToProto();
    }

    public override async Task<V1.AnnualReport> GetAnnualReport(GetAnnualReportRequest request, ServerCallContext context)
    {
        new Validator().RequireUuid(request.Id, "id", out var id).ThrowIfInvalid();
        return (await store.GetAsync(id, withContent: !request.WithoutContent, context.CancellationToken)).ToProto();
    }

    public override async Task<ListAnnualReportsResponse> ListAnnualReports(ListAnnualReportsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var pageSize = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize, validator);
        var after = AfterKey(PageToken.Decode(request.PageToken, validator), validator);
        validator.ThrowIfInvalid();

        var found = await store.ListAsync(pageSize + 1, after, context.CancellationToken);
        var page = Page<AnnualReports.AnnualReport>.From(found, pageSize, report => $"{report.CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}:{report.Id}");
        return new ListAnnualReportsResponse { Reports = { page.Items.Select(report => report.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task DownloadAnnualReport(
        DownloadAnnualReportRequest request, IServerStreamWriter<DownloadAnnualReportResponse> responseStream, ServerCallContext context)
    {
        var validator = new Validator().RequireUuid(request.Id, "id", out var id);
        var format = request.Format.ToDomain();
        validator.Require(format is not null, "format", "must be docx or pdf").ThrowIfInvalid();

        var (document, content) = await store.GetDocumentAsync(id, format!.Value, context.CancellationToken);
        await responseStream.WriteAsync(new DownloadAnnualReportResponse { Document = document.ToProto() }, context.CancellationToken);
        for (var offset = 0; offset < content.Length; offset += ChunkBytes)
        {
            var data = Google.Protobuf.ByteString.CopyFrom(content, offset, Math.Min(ChunkBytes, content.Length - offset));
            await responseStream.WriteAsync(new DownloadAnnualReportResponse { Data = data }, context.CancellationToken);
        }
    }

    public override async Task<ClaimAnnualReportResponse> ClaimAnnualReport(ClaimAnnualReportRequest request, ServerCallContext context)
    {
        new Validator().RequireText(request.Worker, "worker", MaxWorkerLength).ThrowIfInvalid();
        var claim = await store.ClaimAsync(request.Worker, context.CancellationToken);
        return claim is null
            ? new ClaimAnnualReportResponse()
            : new ClaimAnnualReportResponse { Report = claim.Report.ToProto(), ClaimToken = claim.Token.ToString() };
    }

    public override async Task<Google.Protobuf.WellKnownTypes.Empty> ReportAnnualReportProgress(ReportAnnualReportProgressRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .RequireUuid(request.Id, "id", out var id)
            .RequireUuid(request.ClaimToken, "claim_token", out var claimToken)
            .Require(request.ProgressPercent is >= 0 and <= 100, "progress_percent", "must be from 0 to 100")
            .OptionalText(request.Step, "step", AnnualReportLimits.MaxStepLength);
        validator.ThrowIfInvalid();

        return await store.ReportProgressAsync(id, claimToken, request.ProgressPercent, request.Step, context.CancellationToken)
            ? new Google.Protobuf.WellKnownTypes.Empty()
            : throw new StateConflictException("annual report", request.Id, "is no longer claimed with this token");
    }

    public override async Task<V1.AnnualReport> CompleteAnnualReport(IAsyncStreamReader<CompleteAnnualReportRequest> requestStream, ServerCallContext context)
    {
        var token = context.CancellationToken;
        var validator = new Validator();
        if (!await requestStream.MoveNext(token) || requestStream.Current.PartCase != CompleteAnnualReportRequest.PartOneofCase.Completion)
        {
            validator.Add("completion", "the first message names the report and its outcome").ThrowIfInvalid();
        }

        var completion = requestStream.Current.Completion;
        validator.RequireUuid(completion.Id, "completion.id", out var id)
            .RequireUuid(completion.ClaimToken, "completion.claim_token", out var claimToken)
            .OptionalText(completion.Error, "completion.error", AnnualReportContract.MaxErrorLength)
            .Require((completion.Error.Length > 0) != (completion.ContentJson.Length > 0), "completion.content_json", "is given when there is no error, and only then")
            .Require(completion.ContentJson.Length == 0 || IsJsonObject(completion.ContentJson), "completion.content_json", "must be a JSON object");
        validator.ThrowIfInvalid();

        var documents = new Dictionary<AnnualReportFormat, MemoryStream>();
        try
        {
            while (await requestStream.MoveNext(token))
            {
                var part = requestStream.Current;
                var format = part.Chunk?.Format.ToDomain();
                validator.Require(part.PartCase == CompleteAnnualReportRequest.PartOneofCase.Chunk, "completion", "comes once, first")
                    .Require(part.PartCase != CompleteAnnualReportRequest.PartOneofCase.Chunk || format is not null, "chunk.format", "must be docx or pdf")
                    .ThrowIfInvalid();
                var document = documents.TryGetValue(format!.Value, out var open) ? open : documents[format.Value] = new MemoryStream();
                if (document.Length + part.Chunk!.Data.Length > AnnualReportLimits.MaxDocumentBytes)
                {
                    validator.Add("chunk.data", $"a document is larger than {AnnualReportLimits.MaxDocumentBytes / (1024 * 1024)} MB").ThrowIfInvalid();
                }

                part.Chunk.Data.WriteTo(document);
            }

            var ready = completion.Error.Length == 0;
            validator.Require(!ready || (documents.ContainsKey(AnnualReportFormat.Docx) && documents.ContainsKey(AnnualReportFormat.Pdf)), "chunk", "a ready report has a DOCX and a PDF")
                .ThrowIfInvalid();
            var outcome = new AnnualReportOutcome(
                ready ? completion.ContentJson : null,
                ready ? null : completion.Error,
                documents.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray()));
            if (!await store.CompleteAsync(id, claimToken, outcome, token))
            {
                throw new StateConflictException("annual report", completion.Id, "is no longer claimed with this token");
            }

            return (await store.GetAsync(id, withContent: false, token)).ToProto();
        }
        finally
        {
            foreach (var document in documents.Values)
            {
                await document.DisposeAsync();
            }
        }
    }

    private static (DateTime CreatedAt, Guid Id)? AfterKey(string? key, Validator validator)
    {
        if (key is null)
        {
            return null;
        }

        var parts = key.Split(':');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks is >= 0 && ticks <= DateTime.MaxValue.Ticks && Guid.TryParse(parts[1], out var id))
        {
            return (new DateTime(ticks, DateTimeKind.Utc), id);
        }

        validator.Add("page_token", "is not a token this list gave");
        return null;
    }

    private static bool IsJsonObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
