using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Nplv.Gateway.Views;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Imports;

/// <summary>
/// The imports the gateway is sending on to the indicators service. An import's request is answered once the service
/// has accepted its settings; the file follows from here, in the background, and the service's progress is read to
/// its last word; an import from StatLine has no file, and its progress alone is followed. Stopping the gateway
/// cancels what still runs. When an import succeeds, the views that show figures are read anew. At most
/// <see cref="ImportOptions.MaxConcurrent"/> imports run at a time, their uploads included, since each keeps a file
/// on disk; one read from StatLine takes a place too, since it loads the service as much.
/// </summary>
public sealed partial class RunningImports(IOptions<ImportOptions> options, ViewEviction views, ILogger<RunningImports> logger)
    : IHostedService
{
    // Far below the contract's 1 MiB per message, so progress comes back while the file is still on its way.
    private const int ChunkBytes = 256 * 1024;

    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, string> _running = new();
    private int _reserved;

    /// <summary>A place for one more import, from its upload on; null when all are taken.</summary>
    public ImportSlot? TryReserve()
    {
        if (Interlocked.Increment(ref _reserved) > options.Value.MaxConcurrent)
        {
            Interlocked.Decrement(ref _reserved);
            return null;
        }

        return new ImportSlot(() => Interlocked.Decrement(ref _reserved));
    }

    /// <summary>
    /// Opens the import's call, sends its settings and returns the service's first answer: the import, running, or
    /// the outcome it recorded before under the same id. Invalid settings throw the service's
    /// <see cref="RpcException"/>. The file and the slot are this class's from here on: the file is deleted and the
    /// slot freed in every case, once the import no longer needs them.
    /// </summary>
    public async Task<Import> BeginAsync(
        ImportsService.ImportsServiceClient imports, ImportSettings settings, ImportFile file, ImportSlot slot, CancellationToken requestAborted)
    {
        AsyncDuplexStreamingCall<ImportObservationsRequest, Import>? call = null;
        ImportFile? owned = file;
        ImportSlot? ownedSlot = slot;
        try
        {
            // A deadline of its own, much longer than the default for calls between services; never retried (streams
            // pass the resilience pipeline by), and cancelled only when the gateway stops, not when the request ends.
            call = imports.ImportObservations(
                deadline: DateTime.UtcNow.Add(options.Value.Deadline), cancellationToken: _stopping.Token);
            await call.RequestStream.WriteAsync(new ImportObservationsRequest { Settings = settings }, requestAborted);
            // Cancelling this read (the client went away before the answer) cancels the call.
            if (!await call.ResponseStream.MoveNext(requestAborted))
            {
                throw new RpcException(new Status(StatusCode.Internal, "The indicators service ended the import without an answer."));
            }

            var first = call.ResponseStream.Current;
            if (first.State != ImportState.Running)
            {
                // Finished before, under the same id: the service has stopped reading and nothing is sent.
                return first;
            }

            Track(RunAsync(call, file, slot, first.ImportId), first.ImportId);
            (call, owned, ownedSlot) = (null, null, null);
            return first;
        }
        finally
        {
            call?.Dispose();
            ownedSlot?.Dispose();
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Asks the service to read a table from StatLine and returns its first answer, as <see cref="BeginAsync"/> does;
    /// the slot is this class's from here on.
    /// </summary>
    public async Task<Import> BeginFromStatLineAsync(
        ImportsService.ImportsServiceClient imports, ImportFromStatLineRequest request, ImportSlot slot, CancellationToken requestAborted)
    {
        AsyncServerStreamingCall<Import>? call = null;
        ImportSlot? ownedSlot = slot;
        try
        {
            call = imports.ImportFromStatLine(request, deadline: DateTime.UtcNow.Add(options.Value.Deadline), cancellationToken: _stopping.Token);
            // The service answers once it has read the table's description from StatLine and planned the import.
            if (!await call.ResponseStream.MoveNext(requestAborted))
            {
                throw new RpcException(new Status(StatusCode.Internal, "The indicators service ended the import without an answer."));
            }

            var first = call.ResponseStream.Current;
            if (first.State != ImportState.Running)
            {
                return first;
            }

            Track(FollowAsync(call, slot, first.ImportId), first.ImportId);
            (call, ownedSlot) = (null, null);
            return first;
        }
        finally
        {
            call?.Dispose();
            ownedSlot?.Dispose();
        }
    }

    private void Track(Task running, string importId)
    {
        _running[running] = importId;
        _ = running.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task FollowAsync(AsyncServerStreamingCall<Import> call, ImportSlot slot, string importId)
    {
        await Task.Yield();
        using (slot)
        using (call)
        {
            await ReportAsync(importId, () => ReadToEndAsync(call.ResponseStream));
        }
    }

    private async Task RunAsync(
        AsyncDuplexStreamingCall<ImportObservationsRequest, Import> call, ImportFile file, ImportSlot slot, string importId)
    {
        // Off the request's thread: the request is answered while this runs.
        await Task.Yield();
        using (slot)
        using (call)
        await using (file)
        {
            await ReportAsync(importId, async () =>
            {
                // Read while sending, so the service's progress never waits on the upload.
                var outcome = ReadToEndAsync(call.ResponseStream);
                try
                {
                    await SendAsync(call, file, importId);
                }
                catch
                {
                    // Sending failed for good (the gateway is stopping): ending the call ends the reading, whose
                    // failure is this one's consequence, observed here so that it is never left unobserved.
                    call.Dispose();
                    await ((Task)outcome).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    throw;
                }

                return await outcome;
            });
        }
    }

    /// <summary>Awaits an import's last message and says how it ended; nobody else awaits this work.</summary>
    private async Task ReportAsync(string importId, Func<Task<Import?>> outcome)
    {
        try
        {
            var last = await outcome();
            if (last is { State: ImportState.Succeeded })
            {
                LogSucceeded(importId, last.ObservationsWritten + last.AreasWritten, last.ObservationsUnchanged + last.AreasUnchanged);
                await views.EvictAsync(CancellationToken.None);
            }
            else
            {
                LogNotSucceeded(importId, last?.State ?? ImportState.Unspecified, last?.Errors.Count ?? 0);
            }
        }
        catch (Exception ex) when (_stopping.IsCancellationRequested && ex is RpcException or OperationCanceledException)
        {
            LogStopped(importId);
        }
        catch (RpcException ex)
        {
            LogCallFailed(ex, importId, ex.StatusCode);
        }
        catch (Exception ex)
        {
            // Nobody awaits this work: what goes wrong is said here or nowhere.
            LogFailed(ex, importId);
        }
    }

    private async Task SendAsync(AsyncDuplexStreamingCall<ImportObservationsRequest, Import> call, ImportFile file, string importId)
    {
        try
        {
            var stream = file.OpenRead();
            var buffer = new byte[ChunkBytes];
            int read;
            while ((read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, _stopping.Token)) > 0)
            {
                await call.RequestStream.WriteAsync(
                    new ImportObservationsRequest { Chunk = ByteString.CopyFrom(buffer, 0, read) }, _stopping.Token);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException)
        {
            // The service ended the call before the whole file was sent (it failed the import early, or the call
            // failed): its responses say which.
            LogSendEnded(importId, ex.Message);
        }
        catch (IOException ex)
        {
            // The temporary file could not be read: the import cannot go on, and ends with the call.
            LogFileUnreadable(ex, importId);
            call.Dispose();
        }
    }

    /// <summary>The import's last message, or null when the stream ended with nothing after the first.</summary>
    private static async Task<Import?> ReadToEndAsync(IAsyncStreamReader<Import> responses)
    {
        Import? last = null;
        while (await responses.MoveNext(CancellationToken.None))
        {
            last = responses.Current;
        }

        return last;
    }

    /// <summary>
    /// Deletes what uploads a gateway that crashed left behind (<see cref="FileOptions.DeleteOnClose"/> only deletes
    /// on a close). Other gateways on the same host may be running imports from the same folder: see
    /// <see cref="ImportUploadFolder.DeleteLeftovers"/> for why their files are safe.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ImportUploadFolder.DeleteLeftovers(options.Value.UploadDirectory, logger);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} succeeded: {Written} observations or areas written, {Unchanged} unchanged")]
    private partial void LogSucceeded(string importId, long written, long unchanged);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} ended {State} with {ErrorCount} errors")]
    private partial void LogNotSucceeded(string importId, ImportState state, int errorCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId} was cancelled: the gateway is stopping")]
    private partial void LogStopped(string importId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId} failed with {GrpcStatus}")]
    private partial void LogCallFailed(Exception exception, string importId, StatusCode grpcStatus);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} could not be sent on")]
    private partial void LogFailed(Exception exception, string importId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Import {ImportId}: the service stopped taking the file ({Reason})")]
    private partial void LogSendEnded(string importId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId}: its uploaded file could not be read")]
    private partial void LogFileUnreadable(Exception exception, string importId);
}
