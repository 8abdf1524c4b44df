using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Nplv.Indicators.V1;

namespace Nplv.Indicators.Tests.Imports;

/// <summary>Sends a file to ImportObservations the way a client does: settings first, then the bytes in chunks.</summary>
internal static class ImportCalls
{
    public static ImportSettings LongCsv(string? mappingDocument = null) => new()
    {
        ImportId = Guid.NewGuid().ToString(),
        Format = ImportFormat.LongCsv,
        FileName = "test.csv",
        MappingDocument = mappingDocument ?? "",
    };

    /// <summary>Every message the service sent, the last being the outcome.</summary>
    public static Task<IReadOnlyList<V1.Import>> ImportAsync(
        this ImportsService.ImportsServiceClient client, ImportSettings settings, string file, int chunkSize = 64)
        => client.ImportAsync(settings, Encoding.UTF8.GetBytes(file), chunkSize);

    public static async Task<IReadOnlyList<V1.Import>> ImportAsync(
        this ImportsService.ImportsServiceClient client, ImportSettings settings, byte[] file, int chunkSize = 64 * 1024)
    {
        using var call = client.ImportObservations();
        var responses = new List<V1.Import>();
        var reading = Task.Run(async () =>
        {
            await foreach (var response in call.ResponseStream.ReadAllAsync())
            {
                responses.Add(response);
            }
        });

        await call.RequestStream.WriteAsync(new ImportObservationsRequest { Settings = settings });
        try
        {
            for (var offset = 0; offset < file.Length; offset += chunkSize)
            {
                var chunk = ByteString.CopyFrom(file, offset, Math.Min(chunkSize, file.Length - offset));
                await call.RequestStream.WriteAsync(new ImportObservationsRequest { Chunk = chunk });
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException)
        {
            // The service answered before the end of the file (an error, or a finished import asked again).
        }

        await reading;
        return responses;
    }

    public static V1.Import Outcome(this IReadOnlyList<V1.Import> responses)
    {
        Assert.NotEmpty(responses);
        return responses[^1];
    }
}
