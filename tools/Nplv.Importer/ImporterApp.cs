using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Nplv.Indicators.V1;

namespace Nplv.Importer;

/// <summary>Runs one command line: its command against the indicators service, answered with an exit code.</summary>
public static class ImporterApp
{
    private static readonly TimeSpan ShortCallDeadline = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, ImporterConsole console, CancellationToken cancellationToken)
    {
        var (command, error) = CommandLine.Parse(args);
        if (command is null)
        {
            console.Error.WriteLine(args.Count == 0 ? CommandLine.Usage : $"{error} (--help shows the usage)");
            return ExitCodes.BadUsage;
        }

        if (command is HelpCommand)
        {
            console.Out.WriteLine(CommandLine.Usage);
            return ExitCodes.Succeeded;
        }

        using var channel = CreateChannel(command.Server);
        var client = new ImportsService.ImportsServiceClient(channel);
        try
        {
            return command switch
            {
                ImportFileCommand import => await ImportAsync(client, import, console, cancellationToken),
                ImportStatLineCommand statLine => await ImportStatLineAsync(client, statLine, console, cancellationToken),
                ImportStatusCommand status => await StatusAsync(client, status, console, cancellationToken),
                ListMappingsCommand => await ListMappingsAsync(client, console, cancellationToken),
                _ => throw new InvalidOperationException($"Unhandled command {command}"),
            };
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            console.Error.WriteLine();
            console.Error.WriteLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (RpcException ex)
        {
            return Explain(ex, command.Server, console.Error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file named on the command line that cannot be read (gone, locked, no permission) is the operator's to fix.
            console.Error.WriteLine($"A file could not be read: {ex.Message}");
            return ExitCodes.BadUsage;
        }
    }

    private static GrpcChannel CreateChannel(Uri server) => GrpcChannel.ForAddress(server, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // An import's last phase can be a long transaction without answers: pings keep the connection known alive.
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        },
        DisposeHttpClient = true,
    });

    private static async Task<int> ImportAsync(
        ImportsService.ImportsServiceClient client, ImportFileCommand command, ImporterConsole console, CancellationToken cancellationToken)
    {
        var settings = new ImportSettings
        {
            ImportId = command.ImportId.ToString(),
            Format = command.Format,
            FileName = Path.GetFileName(command.FilePath),
            MappingName = command.MappingName ?? "",
            MappingVersion = command.MappingVersion,
            MappingDocument = command.MappingFile is null ? "" : await File.ReadAllTextAsync(command.MappingFile, cancellationToken),
            Year = command.Year,
        };
        if (command.MetadataFile is not null)
        {
            settings.Metadata = Google.Protobuf.ByteString.CopyFrom(await File.ReadAllBytesAsync(command.MetadataFile, cancellationToken));
        }

        await using var file = new FileStream(
            command.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        console.Error.WriteLine($"Importing {command.FilePath} ({file.Length:N0} bytes) to {command.Server} as import {command.ImportId}");
        var progress = new ImportProgress(console.Error, console.ErrorIsTerminal, file.Length);
        Import outcome;
        try
        {
            outcome = await new ImportUpload(client).RunAsync(settings, file, progress.Report, cancellationToken);
        }
        catch (IOException ex)
        {
            // Only the file is read here; the service wrote nothing, since the call ended before the file did.
            throw new IOException($"'{command.FilePath}' could not be read to its end ({ex.Message}); nothing was imported.", ex);
        }
        finally
        {
            progress.Finish();
        }

        ImportReport.Write(console.Out, outcome);
        return ExitCodeOf(outcome);
    }

    private static async Task<int> ImportStatLineAsync(
        ImportsService.ImportsServiceClient client, ImportStatLineCommand command, ImporterConsole console, CancellationToken cancellationToken)
    {
        var request = new ImportFromStatLineRequest
        {
            Settings = new ImportSettings
            {
                ImportId = command.ImportId.ToString(),
                MappingName = command.MappingName ?? "",
                MappingVersion = command.MappingVersion,
                MappingDocument = command.MappingFile is null ? "" : await File.ReadAllTextAsync(command.MappingFile, cancellationToken),
                Year = command.Year,
            },
            Table = command.Table,
            Region = command.Region,
            Catalog = command.Catalog,
        };
        console.Error.WriteLine($"Importing StatLine table {command.Table} for {command.Region} through {command.Server} as import {command.ImportId}");
        var progress = new ImportProgress(console.Error, console.ErrorIsTerminal, fileBytes: 0);
        Import? outcome = null;
        try
        {
            // No deadline: a large table takes minutes. Cancelling the token (Ctrl+C) ends the call.
            using var call = client.ImportFromStatLine(request, cancellationToken: cancellationToken);
            while (await call.ResponseStream.MoveNext(cancellationToken))
            {
                outcome = call.ResponseStream.Current;
                progress.Report(outcome);
            }
        }
        finally
        {
            progress.Finish();
        }

        if (outcome is null)
        {
            throw new RpcException(new Grpc.Core.Status(StatusCode.Internal, "The service ended the import without its outcome."));
        }

        ImportReport.Write(console.Out, outcome);
        return ExitCodeOf(outcome);
    }

    private static async Task<int> StatusAsync(
        ImportsService.ImportsServiceClient client, ImportStatusCommand command, ImporterConsole console, CancellationToken cancellationToken)
    {
        var import = await client.GetImportAsync(
            new GetImportRequest { ImportId = command.ImportId.ToString() }, deadline: DateTime.UtcNow + ShortCallDeadline, cancellationToken: cancellationToken);
        ImportReport.Write(console.Out, import);
        return ExitCodeOf(import);
    }

    private static async Task<int> ListMappingsAsync(ImportsService.ImportsServiceClient client, ImporterConsole console, CancellationToken cancellationToken)
    {
        var response = await client.ListImportMappingsAsync(
            new ListImportMappingsRequest(), deadline: DateTime.UtcNow + ShortCallDeadline, cancellationToken: cancellationToken);
        MappingList.Write(console.Out, response.Mappings);
        return ExitCodes.Succeeded;
    }

    private static int ExitCodeOf(Import import) => import.State switch
    {
        ImportState.Succeeded => ExitCodes.Succeeded,
        ImportState.Running => ExitCodes.StillRunning,
        _ => ExitCodes.ImportFailed,
    };

    private static int Explain(RpcException ex, Uri server, TextWriter error)
    {
        switch (ex.StatusCode)
        {
            case StatusCode.Unavailable or StatusCode.DeadlineExceeded:
                // The service answers Unavailable itself when StatLine cannot be reached, and says so.
                error.WriteLine(ex.Status.Detail.StartsWith("StatLine", StringComparison.Ordinal)
                    ? ex.Status.Detail
                    : $"The indicators service at {server} is unreachable: {ex.Status.Detail}");
                return ExitCodes.ServiceUnreachable;
            case StatusCode.InvalidArgument:
                error.WriteLine($"The service rejected the import: {ex.Status.Detail}");
                foreach (var violation in ex.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [])
                {
                    error.WriteLine($"  {violation.Field}: {violation.Description}");
                }

                return ExitCodes.BadUsage;
            default:
                error.WriteLine($"The indicators service answered {ex.StatusCode}: {ex.Status.Detail}");
                return ExitCodes.ImportFailed;
        }
    }
}
