using Grpc.Core;
using Nplv.Contracts;
using Nplv.Measures.V1;
using Nplv.Shared.Domain;
using Nplv.Shared.Grpc;

namespace Nplv.Measures.Reports.Grpc;

[BindServiceMethod(typeof(ReadableRequestMessages<ReportsService.ReportsServiceBase>), "BindService")]
public sealed class ReportsGrpcService(ReportRegistry registry, IReportStore store) : ReportsService.ReportsServiceBase
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;
    private const int MaxPeriodCodeLength = 16;
    private const int ChunkBytes = 64 * 1024;

    public override async Task<V1.ReportingPeriod> CreatePeriod(CreatePeriodRequest request, ServerCallContext context)
    {
        var validator = new Validator().RequireText(request.Code, "code", MaxPeriodCodeLength);
        var opensOn = ReportProtoMapping.ParseDate(request.OpensOn, "opens_on", validator);
        var dueOn = ReportProtoMapping.ParseDate(request.DueOn, "due_on", validator);

        var period = await registry.CreatePeriodAsync(
            request.Code.Trim(), request.Name, opensOn, dueOn, ActorOf(context), validator, context.CancellationToken);
        return period.ToProto();
    }

    public override async Task<V1.ReportingPeriod> GetPeriod(GetPeriodRequest request, ServerCallContext context)
    {
        new Validator().Require(PeriodCode.TryParse(request.Code, out _, out _, out _), "code", PeriodCode.Description).ThrowIfInvalid();
        return (await store.GetPeriodAsync(request.Code, context.CancellationToken)).ToProto();
    }

    public override async Task<ListPeriodsResponse> ListPeriods(ListPeriodsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var pageSize = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize, validator);
        var after = PageToken.Decode(request.PageToken, validator);
        validator.Require(after is null || PeriodCode.TryParse(after, out _, out _, out _), "page_token", "is not a token this list gave");
        validator.ThrowIfInvalid();

        var found = await store.ListPeriodsAsync(pageSize + 1, after, context.CancellationToken);
        var page = Page<Reports.ReportingPeriod>.From(found, pageSize, period => period.Code);
        return new ListPeriodsResponse { Periods = { page.Items.Select(p => p.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<PeriodOverview> GetPeriodOverview(GetPeriodOverviewRequest request, ServerCallContext context)
    {
        new Validator().Require(PeriodCode.TryParse(request.Code, out _, out _, out _), "code", PeriodCode.Description).ThrowIfInvalid();

        var (period, reports) = await registry.OverviewAsync(request.Code, context.CancellationToken);
        return new PeriodOverview
        {
            Period = period.ToProto(),
            Reports =
            {
                reports.Select(r => new V1.ExpectedReport
                {
                    MeasureId = r.MeasureId.ToString(),
                    MeasureTitle = r.MeasureTitle,
                    LeadPartnerId = r.LeadPartnerId.ToString(),
                    Expected = r.Expected,
                    State = r.State?.ToProto() ?? V1.ReportState.Unspecified,
                    Late = registry.IsLate(period, r),
                    Version = r.Version,
                    UpdateTime = r.UpdatedAt?.ToUtcTimestamp(),
                }),
            },
        };
    }

    public override async Task<V1.ProgressReport> GetReport(GetReportRequest request, ServerCallContext context)
    {
        var (measureId, period) = ReportKey(request.MeasureId, request.Period, new Validator());
        return (await store.GetAsync(measureId, period, context.CancellationToken)).ToProto();
    }

    public override async Task<ListReportsResponse> ListReports(ListReportsRequest request, ServerCallContext context)
    {
        var validator = new Validator().OptionalUuid(request.MeasureId, "measure_id", out var measureId);
        var byPeriod = request.Period.Length > 0;
        validator
            .Require(measureId is not null || byPeriod, "measure_id", "is required when no period is given")
            .Require(measureId is null || !byPeriod, "period", "goes with no measure_id: use GetReport for one report")
            .Require(!byPeriod || PeriodCode.TryParse(request.Period, out _, out _, out _), "period", PeriodCode.Description)
            .Require(request.State == V1.ReportState.Unspecified || request.State.ToDomain() is not null, "state", "is not a known state");
        var asOf = validator.OptionalTime(request.AsOf, "as_of");
        var pageSize = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize, validator);
        var after = PageToken.Decode(request.PageToken, validator);
        validator.Require(after is null || (byPeriod ? Guid.TryParse(after, out _) : PeriodCode.TryParse(after, out _, out _, out _)),
            "page_token", "is not a token this list gave");
        validator.ThrowIfInvalid();

        var filter = new ReportFilter(measureId, byPeriod ? request.Period : null, request.State.ToDomain(), asOf);
        var found = await store.ListAsync(filter, pageSize + 1, after, context.CancellationToken);
        var page = Page<Reports.ProgressReport>.From(found, pageSize, r => byPeriod ? r.MeasureId.ToString() : r.Period);
        return new ListReportsResponse { Reports = { page.Items.Select(r => r.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<V1.ProgressReport> SaveReport(SaveReportRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var (measureId, period) = ReportKey(request.MeasureId, request.Period, validator, throwIfInvalid: false);
        validator.Require(request.Version >= 0, "version", "must be 0 for a new report, or the version read");
        var content = request.Content.ToDomain(validator);
        validator.ThrowIfInvalid();

        var saved = await registry.SaveAsync(measureId, period, request.Version, content, ActorOf(context), validator, context.CancellationToken);
        return saved.ToProto();
    }

    public override async Task<V1.ProgressReport> TransitionReport(TransitionReportRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var (measureId, period) = ReportKey(request.MeasureId, request.Period, validator, throwIfInvalid: false);
        validator.Require(request.Version >= 1, "version", "must be the version that was read");

        var moved = await registry.TransitionAsync(
            measureId, period, request.Version, request.ToState.ToDomain(), request.Reason, ActorOf(context), validator,
            context.CancellationToken);
        return moved.ToProto();
    }

    public override async Task<V1.Attachment> UploadAttachment(IAsyncStreamReader<UploadAttachmentRequest> requestStream, ServerCallContext context)
    {
        var token = context.CancellationToken;
        var validator = new Validator();
        if (!await requestStream.MoveNext(token) || requestStream.Current.PartCase != UploadAttachmentRequest.PartOneofCase.Header)
        {
            validator.Add("header", "the first message names the report and the file").ThrowIfInvalid();
        }

        var header = requestStream.Current.Header;
        var (measureId, period) = ReportKey(header.MeasureId, header.Period, new Validator("header."));
        var actor = ActorOf(context);
        // Who sends and where it goes are checked before the file is taken in.
        await registry.RequireWritableAsync(measureId, period, actor, token);

        // Read whole, and no further than one byte past the limit: the type is judged on the content, then it is stored.
        using var content = new MemoryStream();
        while (await requestStream.MoveNext(token))
        {
            var part = requestStream.Current;
            validator.Require(part.PartCase == UploadAttachmentRequest.PartOneofCase.Data, "header", "comes once, first").ThrowIfInvalid();
            if (content.Length + part.Data.Length > AttachmentFiles.MaxBytes)
            {
                validator.Add("data", $"the file is larger than {AttachmentFiles.MaxBytes / (1024 * 1024)} MB").ThrowIfInvalid();
            }

            part.Data.WriteTo(content);
        }

        var attachment = await registry.AddAttachmentAsync(
            measureId, period, header.FileName, content.GetBuffer().AsMemory(0, (int)content.Length), actor, validator, token);
        return attachment.ToProto();
    }

    public override async Task DownloadAttachment(
        DownloadAttachmentRequest request, IServerStreamWriter<DownloadAttachmentResponse> responseStream, ServerCallContext context)
    {
        var validator = new Validator();
        var (measureId, period) = ReportKey(request.MeasureId, request.Period, validator, throwIfInvalid: false);
        validator.RequireUuid(request.AttachmentId, "attachment_id", out var attachmentId).ThrowIfInvalid();

        var (attachment, content) = await store.GetAttachmentAsync(measureId, period, attachmentId, context.CancellationToken);
        await responseStream.WriteAsync(new DownloadAttachmentResponse { Attachment = attachment.ToProto() }, context.CancellationToken);
        for (var offset = 0; offset < content.Length; offset += ChunkBytes)
        {
            var data = Google.Protobuf.ByteString.CopyFrom(content, offset, Math.Min(ChunkBytes, content.Length - offset));
            await responseStream.WriteAsync(new DownloadAttachmentResponse { Data = data }, context.CancellationToken);
        }
    }

    public override async Task<Google.Protobuf.WellKnownTypes.Empty> DeleteAttachment(DeleteAttachmentRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var (measureId, period) = ReportKey(request.MeasureId, request.Period, validator, throwIfInvalid: false);
        validator.RequireUuid(request.AttachmentId, "attachment_id", out var attachmentId).ThrowIfInvalid();

        await registry.DeleteAttachmentAsync(measureId, period, attachmentId, ActorOf(context), context.CancellationToken);
        return new Google.Protobuf.WellKnownTypes.Empty();
    }

    private static (Guid MeasureId, string Period) ReportKey(string measureId, string period, Validator validator, bool throwIfInvalid = true)
    {
        validator.RequireUuid(measureId, "measure_id", out var id)
            .Require(PeriodCode.TryParse(period, out _, out _, out _), "period", PeriodCode.Description);
        if (throwIfInvalid)
        {
            validator.ThrowIfInvalid();
        }

        return (id, period);
    }

    /// <summary>Writes name who acts; a call that names nobody may read, but changes nothing.</summary>
    private static Actor ActorOf(ServerCallContext context)
    {
        var actor = ActorMetadata.From(context.RequestHeaders);
        return actor.IsKnown
            ? actor.ToActor()
            : throw new ActionNotAllowedException("call", context.Method, "a change must name who makes it (nplv-actor-subject)");
    }
}
