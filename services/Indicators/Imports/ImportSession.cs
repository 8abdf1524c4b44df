using System.IO.Pipelines;

namespace Nplv.Indicators.Imports;

/// <summary>
/// One file import as a call sees it: the file's chunks arrive and pass through a small pipe to the importer, which reads
/// them as they come, while its progress is reported about twice a second until the outcome.
/// </summary>
public static class ImportSession
{
    private const int ChunkBytes = 1024 * 1024;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>An upload that sends nothing for this long ends its import, so a stalled client holds nothing for good.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(2);

    // The file waits here between the network and the reader: a few chunks at most, whatever the file's size.
    private static readonly PipeOptions FilePipe = new(pauseWriterThreshold: 4 * ChunkBytes, resumeWriterThreshold: 2 * ChunkBytes);

    public static async Task<ImportRecord> RunAsync(
        ObservationImporter importer,
        ImportRun run,
        IAsyncEnumerable<ReadOnlyMemory<byte>> chunks,
        Func<ImportRecord, Task> reportProgress,
        CancellationToken cancellationToken)
    {
        var file = new Pipe(FilePipe);
        using var stopUpload = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var upload = ReceiveAsync(chunks, file.Writer, run, stopUpload.Token);
        var outcome = await ReportUntilDoneAsync(run, importer.RunAsync(run, file.Reader.AsStream(), cancellationToken), reportProgress);
        // An import that ended before the end of the file (an error) does not wait for the rest of the upload.
        await stopUpload.CancelAsync();
        await upload;
        await file.Reader.CompleteAsync();
        return outcome;
    }

    /// <summary>Reports the run's progress about twice a second until <paramref name="import"/> has its outcome.</summary>
    public static async Task<ImportRecord> ReportUntilDoneAsync(ImportRun run, Task<ImportRecord> import, Func<ImportRecord, Task> reportProgress)
    {
        do
        {
            try
            {
                await reportProgress(run.Snapshot());
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
            {
                // The client is gone: the import sees its call cancelled, stops, and records that it failed.
            }
        }
        while (await Task.WhenAny(import, Task.Delay(ProgressInterval, CancellationToken.None)) != import);

        return await import;
    }

    /// <summary>
    /// Moves the chunks into the pipe as they arrive, until the client ends its side, the reader stops, the upload
    /// stalls or the call ends; it never throws: whatever ends the upload early ends the file there.
    /// </summary>
    private static async Task ReceiveAsync(
        IAsyncEnumerable<ReadOnlyMemory<byte>> chunks, PipeWriter file, ImportRun run, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(IdleTimeout);
        try
        {
            await foreach (var chunk in chunks.WithCancellation(idle.Token))
            {
                idle.CancelAfter(IdleTimeout);
                run.Counters.AddBytes(chunk.Length);
                if ((await file.WriteAsync(chunk, cancellationToken)).IsCompleted)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            run.Issues.Error("upload_stalled",
                $"no part of the file arrived for {IdleTimeout.TotalMinutes:0} minutes; nothing was written", 0, "");
            failure = new InvalidDataException("The upload stalled.");
        }
        catch (InvalidDataException ex)
        {
            run.Issues.Error("malformed", ex.Message, 0, "");
            failure = ex;
        }
        catch (Exception ex)
        {
            failure = ex as IOException ?? new IOException("The upload broke off.", ex);
        }

        await file.CompleteAsync(failure);
    }
}
