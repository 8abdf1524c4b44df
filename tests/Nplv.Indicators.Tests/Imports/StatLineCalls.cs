using Grpc.Core;
using Nplv.Indicators.V1;

namespace Nplv.Indicators.Tests.Imports;

/// <summary>ImportFromStatLine as a client calls it: the request, then every answer to the last, the outcome.</summary>
internal static class StatLineCalls
{
    public static ImportFromStatLineRequest Request(string mapping, string table = "50090NED", string region = "GM0014", string? importId = null)
        => new()
        {
            Settings = new ImportSettings { ImportId = importId ?? Guid.NewGuid().ToString(), MappingName = mapping },
            Table = table,
            Region = region,
        };

    public static async Task<IReadOnlyList<V1.Import>> ImportAsync(this ImportsService.ImportsServiceClient client, ImportFromStatLineRequest request)
    {
        using var call = client.ImportFromStatLine(request, deadline: DateTime.UtcNow.AddMinutes(2));
        var answers = new List<V1.Import>();
        await foreach (var answer in call.ResponseStream.ReadAllAsync())
        {
            answers.Add(answer);
        }

        return answers;
    }
}
