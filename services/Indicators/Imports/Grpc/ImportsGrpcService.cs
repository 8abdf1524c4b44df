using System.Runtime.CompilerServices;
using Grpc.Core;
using Nplv.Indicators.Imports.Data;
using Nplv.Indicators.Imports.Mapping;
using Nplv.Indicators.Imports.StatLine;
using Microsoft.Extensions.Hosting;
using Nplv.Indicators.V1;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Imports.Grpc;

/// <summary>The ImportsService: file uploads and StatLine tables, each planned, run and recorded by the import pipeline.</summary>
[BindServiceMethod(typeof(ReadableRequestMessages<ImportsService.ImportsServiceBase>), "BindService")]
public sealed class ImportsGrpcService(
    ImportPlanner importPlanner,
    StatLineImportPlanner statLinePlanner,
    StatLineRows statLineRows,
    ObservationImporter importer,
    ImportStore imports,
    MappingCatalog mappingCatalog)
    : ImportsService.ImportsServiceBase
{
    // An import holds up to 100 errors and 100 warnings: 50 of them stay well within a gRPC message.
    private const int DefaultListSize = 20;
    private const int MaxListSize = 50;

    public override async Task ImportObservations(
        IAsyncStreamReader<ImportObservationsRequest> requestStream, IServerStreamWriter<V1.Import> responseStream,
        ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        if (!await requestStream.MoveNext(cancellationToken)
            || requestStream.Current.PartCase != ImportObservationsRequest.PartOneofCase.Settings)
        {
            throw new ValidationFailedException([new FieldError("settings", "the first message must hold the import's settings")]);
        }

        var plan = await importPlanner.PlanAsync(requestStream.Current.Settings, cancellationToken);
        var (recorded, run) = await importer.StartAsync(plan, cancellationToken);
        if (run is null)
        {
            // A retry of a finished import: its outcome, and nothing read or written again.
            await AnswerRecordedAsync(recorded, responseStream, cancellationToken);
            return;
        }

        var outcome = await ImportSession.RunAsync(
            importer, run, FileChunksAsync(requestStream, cancellationToken),
            progress => responseStream.WriteAsync(progress.ToProto(), cancellationToken), cancellationToken);
        await responseStream.WriteAsync(outcome.ToProto(), cancellationToken);
    }

    public override async Task ImportFromStatLine(
        ImportFromStatLineRequest request, IServerStreamWriter<V1.Import> responseStream, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        new Validator("settings.").RequireUuid(request.Settings?.ImportId, "import_id", out var id).ThrowIfInvalid();
        // A retry of an import that ran needs no StatLine: its outcome is the answer.
        if (await imports.GetAsync(id, cancellationToken) is { } earlier)
        {
            await AnswerRecordedAsync(earlier, responseStream, cancellationToken);
            return;
        }

        ImportPlan plan;
        StatLineTable table;
        Imports.StatLine.StatLineRead read;
        try
        {
            (plan, table, read) = await statLinePlanner.PlanAsync(request, cancellationToken);
        }
        catch (StatLineException ex) when (ex.NoSuchTable)
        {
            throw new ValidationFailedException([new FieldError("table", ex.Message)]);
        }
        catch (StatLineException ex)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, ex.Message + "; nothing was imported, try again later"));
        }

        var (recorded, run) = await importer.StartAsync(plan, cancellationToken);
        if (run is null)
        {
            await AnswerRecordedAsync(recorded, responseStream, cancellationToken);
            return;
        }

        run.StatLine = read;
        var outcome = await ImportSession.ReportUntilDoneAsync(
            run, importer.RunAsync(run, statLineRows.ReadAsync(run, table, cancellationToken), cancellationToken),
            progress => responseStream.WriteAsync(progress.ToProto(), cancellationToken));
        await responseStream.WriteAsync(outcome.ToProto(), cancellationToken);
    }

    /// <summary>The recorded outcome of an import named again; one still running is for GetImport to follow.</summary>
    private static async Task AnswerRecordedAsync(ImportRecord recorded, IServerStreamWriter<V1.Import> responseStream, CancellationToken cancellationToken)
    {
        if (recorded.State == Imports.ImportState.Running)
        {
            throw new EntityAlreadyExistsException("import", recorded.Id.ToString(), $"import '{recorded.Id}' is running; follow it with GetImport");
        }

        await responseStream.WriteAsync(recorded.ToProto(), cancellationToken);
    }

    public override async Task<V1.Import> GetImport(GetImportRequest request, ServerCallContext context)
    {
        new Validator().RequireUuid(request.ImportId, "import_id", out var id).ThrowIfInvalid();
        var import = await imports.GetAsync(id, context.CancellationToken)
                     ?? throw new EntityNotFoundException("import", request.ImportId);
        return import.ToProto();
    }

    public override async Task<ListImportsResponse> ListImports(ListImportsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var pageSize = PageToken.Size(request.PageSize, DefaultListSize, MaxListSize, validator);
        var after = ImportListKey.Decode(request.PageToken, validator);
        var state = request.State == V1.ImportState.Unspecified ? null : request.State.ToDomain();
        validator.Require(request.State == V1.ImportState.Unspecified || state is not null, "state", "is not an import state");
        validator.ThrowIfInvalid();

        var found = await imports.ListAsync(state, pageSize + 1, after, context.CancellationToken);
        var page = Page<ImportRecord>.From(found, pageSize, import => ImportListKey.Of(import).Text);
        var response = new ListImportsResponse { NextPageToken = page.NextPageToken };
        response.Imports.AddRange(page.Items.Select(import => import.ToProto()));
        return response;
    }

    public override Task<ListImportMappingsResponse> ListImportMappings(ListImportMappingsRequest request, ServerCallContext context)
    {
        var response = new ListImportMappingsResponse();
        response.Mappings.AddRange(mappingCatalog.All.Select(mapping => mapping.ToProto()));
        return Task.FromResult(response);
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> FileChunksAsync(
        IAsyncStreamReader<ImportObservationsRequest> requestStream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await requestStream.MoveNext(cancellationToken))
        {
            var request = requestStream.Current;
            yield return request.PartCase == ImportObservationsRequest.PartOneofCase.Chunk
                ? request.Chunk.Memory
                : throw new InvalidDataException("a message after the first held settings instead of the file's bytes");
        }
    }
}
