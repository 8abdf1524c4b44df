using Google.Protobuf;
using Grpc.Core;
using Nplv.Indicators.V1;

namespace Nplv.Importer;

/// <summary>
/// One ImportObservations call: the settings, then the file in chunks while the service's progress comes back, until
/// its final answer. The file is read through one buffer, so memory does not grow with the file.
/// </summary>
public sealed class ImportUpload(ImportsService.ImportsServiceClient client)
{
    public const int ChunkSize = 256 * 1024;

    public async Task<Import> RunAsync(ImportSettings settings, Stream file, Action<Import> onProgress, CancellationToken cancellationToken)
    {
        // No deadline: a large file takes minutes. Cancelling the token (Ctrl+C) ends the call.
        using var call = client.ImportObservations(cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new ImportObservationsRequest { Settings = settings }, cancellationToken);

        // The first answer accepts the settings (bad ones end the call with InvalidArgument). For an import that has
        // already finished it is the recorded outcome, and the service reads nothing more.
        var first = await NextAsync(call.ResponseStream, cancellationToken);
        onProgress(first);
        if (first.State != ImportState.Running)
        {
            return first;
        }

        using var stopSending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sending = SendAsync(call.RequestStream, file, stopSending.Token);
        var receiving = ReceiveOutcomeAsync(call.ResponseStream, onProgress, cancellationToken);
        if (await Task.WhenAny(sending, receiving) == sending && sending.IsFaulted && sending.Exception.InnerException is not RpcException)
        {
            // The file could not be read: the service would wait for the rest forever.
            call.Dispose();
            await sending;
        }

        try
        {
            return await receiving;
        }
        finally
        {
            // The service may answer before it has read everything (a file it cannot use); what is left unsent is moot.
            await stopSending.CancelAsync();
            try
            {
                await sending;
            }
            catch (Exception ex) when (ex is RpcException or OperationCanceledException or InvalidOperationException)
            {
            }
        }
    }

    private static async Task SendAsync(IClientStreamWriter<ImportObservationsRequest> requests, Stream file, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
        {
            // The buffer is reused without a copy: a write has serialized the message by the time it completes.
            var chunk = UnsafeByteOperations.UnsafeWrap(buffer.AsMemory(0, read));
            await requests.WriteAsync(new ImportObservationsRequest { Chunk = chunk }, cancellationToken);
        }

        await requests.CompleteAsync();
    }

    private static async Task<Import> ReceiveOutcomeAsync(IAsyncStreamReader<Import> answers, Action<Import> onProgress, CancellationToken cancellationToken)
    {
        while (true)
        {
            var import = await NextAsync(answers, cancellationToken);
            onProgress(import);
            if (import.State != ImportState.Running)
            {
                return import;
            }
        }
    }

    private static async Task<Import> NextAsync(IAsyncStreamReader<Import> answers, CancellationToken cancellationToken) =>
        await answers.MoveNext(cancellationToken)
            ? answers.Current
            : throw new RpcException(new Status(StatusCode.Internal, "The service ended the import without its outcome."));
}
