using System.IO.Pipelines;
using Grpc.Core;
using Nplv.Indicators.Import;
using Nplv.Indicators.V1;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Grpc;

public sealed partial class IndicatorsGrpcService
{
    private const int MaxChunkBytes = 1024 * 1024;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    // The file waits here between the network and the reader: a few chunks at most, whatever the file's size.
    private static readonly PipeOptions FilePipe = new(pauseWriterThreshold: 4 * MaxChunkBytes, resumeWriterThreshold: 2 * MaxChunkBytes);

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
            if (recorded.State == Import.ImportState.Running)
            {
                throw new EntityAlreadyExistsException("import", plan.Id.ToString(), $"import '{plan.Id}' is running; follow it with GetImport");
            }

            // A retry of a finished import: its outcome, and nothing read or written again.
            await responseStream.WriteAsync(recorded.ToProto(), cancellationToken);
            return;
        }

        await responseStream.WriteAsync(run.Snapshot().ToProto(), cancellationToken);
        var file = new Pipe(FilePipe);
        var upload = ReceiveFileAsync(requestStream, file.Writer, run, cancellationToken);
        var import = importer.RunAsync(run, file.Reader.AsStream(), cancellationToken);
        while (await Task.WhenAny(import, Task.Delay(ProgressInterval, cancellationToken)) != import)
        {
            await responseStream.WriteAsync(run.Snapshot().ToProto(), cancellationToken);
        }

        var outcome = await import;
        await file.Reader.CompleteAsync();
        await upload;
        await responseStream.WriteAsync(outcome.ToProto(), cancellationToken);
    }

    public override async Task<V1.Import> GetImport(GetImportRequest request, ServerCallContext context)
    {
        new Validator().RequireUuid(request.ImportId, "import_id", out var id).ThrowIfInvalid();
        var import = await imports.GetAsync(id, context.CancellationToken)
                     ?? throw new EntityNotFoundException("import", request.ImportId);
        return import.ToProto();
    }

    public override Task<ListImportMappingsResponse> ListImportMappings(ListImportMappingsRequest request, ServerCallContext context)
    {
        var response = new ListImportMappingsResponse();
        response.Mappings.AddRange(mappingCatalog.All.Select(mapping => mapping.ToProto()));
        return Task.FromResult(response);
    }

    /// <summary>
    /// Moves the file's chunks into the pipe as they arrive, until the client ends its side or the reader stops
    /// (at an error that ends the import). A client that breaks off mid-file cancels the call, and with it the import.
    /// </summary>
    private static async Task ReceiveFileAsync(
        IAsyncStreamReader<ImportObservationsRequest> requestStream, PipeWriter file, ImportRun run, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            while (await requestStream.MoveNext(cancellationToken))
            {
                var request = requestStream.Current;
                if (request.PartCase != ImportObservationsRequest.PartOneofCase.Chunk)
                {
                    failure = new InvalidDataException("only the first message may hold settings");
                    run.Issues.Error("malformed", "a message after the first held settings instead of the file's bytes", 0, "settings");
                    break;
                }

                run.Counters.AddBytes(request.Chunk.Length);
                var flush = await file.WriteAsync(request.Chunk.Memory, cancellationToken);
                if (flush.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            failure = ex;
        }

        await file.CompleteAsync(failure);
    }
}
