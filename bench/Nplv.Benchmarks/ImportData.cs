using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using Nplv.Indicators.V1;

namespace Nplv.Benchmarks;

/// <summary>
/// Prepares a running suite for bench/import.sh: creates the indicators <c>bench-import-NNN</c> (as many as the
/// rows need) over gRPC and writes a long CSV of that many distinct (indicator, area, year) observations, for the
/// areas the service knows that are still valid (2016-2100).
/// </summary>
/// <remarks>
/// Usage: <c>import-data --indicators URL --rows N --csv FILE [--variant N]</c>. Idempotent: each indicator is created
/// with a request id of its own code, so a second run creates nothing. Another variant gives the same rows other values.
/// </remarks>
public static class ImportData
{
    private const int FirstYear = 2016;
    private const int LastYear = 2100;
    private const string IndicatorPrefix = "bench-import-";

    public static async Task RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        using var channel = GrpcChannel.ForAddress(options.Indicators);
        var indicators = new IndicatorsService.IndicatorsServiceClient(channel);

        var areas = await CurrentAreasAsync(indicators);
        var perIndicator = areas.Count * (LastYear - FirstYear + 1);
        var indicatorCount = (int)((options.Rows + perIndicator - 1) / perIndicator);
        var codes = Enumerable.Range(0, indicatorCount).Select(i => $"{IndicatorPrefix}{i:D3}").ToList();
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (code, token) =>
            await CreateIndicatorAsync(indicators, code, token));
        Console.WriteLine($"  {codes.Count} indicators {codes[0]}..{codes[^1]} x {areas.Count} areas x {LastYear - FirstYear + 1} years");

        await using var csv = new StreamWriter(options.Csv, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        await csv.WriteLineAsync("indicator,area,period,value,status");
        long written = 0;
        var line = new StringBuilder();
        for (var i = 0; i < codes.Count && written < options.Rows; i++)
        {
            for (var a = 0; a < areas.Count && written < options.Rows; a++)
            {
                for (var year = FirstYear; year <= LastYear && written < options.Rows; year++, written++)
                {
                    // Deterministic per row and variant, two decimals, so a second run of the same variant is identical.
                    var value = (((i * 7_919L) + (a * 104_729L) + (year * 31L) + (options.Variant * 1_299_709L)) % 100_000) / 100.0;
                    line.Clear().Append(codes[i]).Append(',').Append(areas[a]).Append(',').Append(year.ToString(CultureInfo.InvariantCulture))
                        .Append("JJ00,").Append(value.ToString("F2", CultureInfo.InvariantCulture)).Append(",definitief");
                    await csv.WriteLineAsync(line);
                }
            }
        }

        await csv.FlushAsync();
        Console.WriteLine($"  {written:N0} rows in {options.Csv} ({csv.BaseStream.Length:N0} bytes)");
    }

    internal static async Task<List<string>> CurrentAreasAsync(IndicatorsService.IndicatorsServiceClient indicators)
    {
        var codes = new List<string>();
        var request = new ListAreasRequest { PageSize = 500 };
        do
        {
            var page = await indicators.ListAreasAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));
            codes.AddRange(page.Areas.Where(a => !a.HasValidToYear && a.ValidFromYear <= FirstYear).Select(a => a.Code));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        return codes.Count > 0 ? codes : throw new InvalidOperationException("The indicators service knows no areas valid from 2016 on.");
    }

    internal static async Task CreateIndicatorAsync(IndicatorsService.IndicatorsServiceClient indicators, string code, CancellationToken cancellationToken)
    {
        var request = new CreateIndicatorRequest
        {
            RequestId = RequestId(code),
            Indicator = new Indicator
            {
                Code = code,
                Name = $"Benchmarkindicator {code}",
                Unit = "%",
                Direction = Direction.LowerIsBetter,
                Theme = "armoede",
                Source = new IndicatorSource { Dataset = "benchmark" },
                Aggregation = Aggregation.PopulationWeightedMean,
            },
        };
        try
        {
            await indicators.CreateIndicatorAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
        {
        }
    }

    // The same code gives the same UUID on every run, so a repeated create returns the first result.
    private static string RequestId(string code)
    {
        var bytes = MD5.HashData(Encoding.UTF8.GetBytes(code));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x30);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    private sealed record Options(string Indicators, long Rows, string Csv, int Variant)
    {
        public static Options Parse(string[] args)
        {
            var arguments = new BenchArguments(args, "import-data --indicators URL --rows N --csv FILE [--variant N]");

            return new Options(
                arguments.Get("indicators"), long.Parse(arguments.Get("rows"), CultureInfo.InvariantCulture), arguments.Get("csv"),
                int.Parse(arguments.GetOrDefault("variant", "0"), CultureInfo.InvariantCulture));
        }
    }
}
