using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Grpc.Net.Client;
using Nplv.Indicators.V1;
using Nplv.Testing.StatLine;

namespace Nplv.Benchmarks;

/// <summary>
/// The StatLine side of bench/statline.sh: creates the indicators <c>bench-statline-NNN</c> in a running suite, serves
/// a table of that many rows (OData v4 Observations: one per area, year and measure) from the stand-in StatLine the
/// tests use, on the port given, and writes the mapping for it and a file of the same rows with other values, for the
/// file import to compare with.
/// </summary>
/// <remarks>
/// Usage: <c>statline-stand-in --indicators URL --rows N --measures M --port P --dir DIR</c>, N a multiple of M. Writes
/// DIR/mapping.json and DIR/observations.json, then DIR/ready, and serves until it is stopped.
/// </remarks>
public static class StatLineBench
{
    public const string Table = "99990NED";
    private const int FirstYear = 2016;
    private const string IndicatorPrefix = "bench-statline-";

    public static async Task RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        using var channel = GrpcChannel.ForAddress(options.Indicators);
        var indicators = new IndicatorsService.IndicatorsServiceClient(channel);
        // The region's areas: what the service asks StatLine for (the country is not among them).
        var areas = (await ImportData.CurrentAreasAsync(indicators)).Where(InGroningen).ToList();
        var measures = Enumerable.Range(1, options.Measures).Select(i => $"M{i:D6}").ToList();
        var codes = measures.ToDictionary(m => m, m => $"{IndicatorPrefix}{m[1..]}");
        await Parallel.ForEachAsync(codes.Values, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (code, token) =>
            await ImportData.CreateIndicatorAsync(indicators, code, token));

        // Wide rows, area by area and year by year; the stand-in turns each into one observation per measure.
        var wideRows = options.Rows / options.Measures;
        var years = (int)((wideRows + areas.Count - 1) / areas.Count);
        if (FirstYear + years - 1 > 2100)
        {
            throw new ArgumentException($"{options.Rows} rows need more than the years up to 2100 for {areas.Count} areas and {options.Measures} measures; give more --measures.");
        }

        var cells = (from area in areas from year in Enumerable.Range(FirstYear, years) select (Area: area, Year: year)).Take((int)wideRows).ToList();
        var table = new StatLineTableData(
            Table, "Benchmarktabel (bench/statline.sh)", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            [
                new("WijkenEnBuurten", "Wijken en buurten", "", "GeoDimension", "String"),
                new("Perioden", "Perioden", "", "TimeDimension", "String"),
                .. measures.Select(m => new StatLineColumn(m, $"Maat {m}", "%", "Topic", "Double")),
            ],
            [.. cells.Select((cell, row) => Row(cell.Area, cell.Year, row, measures, variant: 0))],
            new Dictionary<string, string>());

        Directory.CreateDirectory(options.Dir);
        await WriteMappingAsync(Path.Combine(options.Dir, "mapping.json"), codes);
        await WriteObservationsAsync(Path.Combine(options.Dir, "observations.json"), cells, measures);

        await using var standIn = await StatLineStandIn.StartAsync(options.Port);
        standIn.Serve("v4", table);
        // The stand-in filters the table once per filter and keeps the matches; asking for the first page now, with
        // the filter the service sends for the region, keeps that work out of the connector's time as out of curl's.
        var warmed = await WarmAsync(standIn.Address);
        await File.WriteAllTextAsync(Path.Combine(options.Dir, "warmed"), warmed);
        await File.WriteAllTextAsync(Path.Combine(options.Dir, "ready"), standIn.Address.ToString());
        Console.WriteLine($"  {Table}: {cells.Count:N0} areas x years x {measures.Count} measures = {cells.Count * measures.Count:N0} rows, at {standIn.Address}");

        // Serves until the script stops it (SIGTERM) or Ctrl-C; then the stand-in is disposed and the process ends.
        var stopped = new TaskCompletionSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; stopped.TrySetResult(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => { signal.Cancel = true; stopped.TrySetResult(); });
        await stopped.Task;
    }

    /// <summary>Reads the first page as the service will ask for it; returns its address as the importer prints it.</summary>
    private static async Task<string> WarmAsync(Uri standIn)
    {
        const string filter = "(startswith(WijkenEnBuurten,'GM0014') or startswith(WijkenEnBuurten,'WK0014') or startswith(WijkenEnBuurten,'BU0014'))";
        var first = new Uri(standIn, $"v4/odata/v1/CBS/{Table}/Observations?$filter={Uri.EscapeDataString(filter)}");
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var response = await http.GetAsync(first);
        response.EnsureSuccessStatusCode();
        return first.ToString();
    }

    private static bool InGroningen(string code)
        => code.StartsWith("GM0014", StringComparison.Ordinal) || code.StartsWith("WK0014", StringComparison.Ordinal)
           || code.StartsWith("BU0014", StringComparison.Ordinal);

    private static Dictionary<string, object?> Row(string area, int year, int row, IReadOnlyList<string> measures, int variant)
    {
        var wide = new Dictionary<string, object?>
        {
            ["ID"] = row, ["WijkenEnBuurten"] = area.PadRight(10), ["Perioden"] = $"{year}JJ00",
        };
        for (var m = 0; m < measures.Count; m++)
        {
            wide[measures[m]] = Value(row, m, variant);
        }

        return wide;
    }

    // Deterministic, two decimals; another variant gives every row another value.
    private static double Value(int row, int measure, int variant) => ((row * 7_919L) + (measure * 104_729L) + (variant * 1_299_709L)) % 100_000 / 100.0;

    private static async Task WriteMappingAsync(string path, IReadOnlyDictionary<string, string> codes)
    {
        var mapping = new Dictionary<string, object>
        {
            ["name"] = "bench-statline",
            ["version"] = 1,
            ["format"] = "cbs-odata-v4",
            ["table"] = Table,
            ["catalog"] = "cbs-v4",
            ["source"] = $"Benchmarktabel {Table} (bench/statline.sh)",
            ["status"] = "definitief",
            ["columns"] = codes.ToDictionary(c => c.Key, c => new { indicator = c.Value, unit = "%" }),
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(mapping));
    }

    /// <summary>The table's rows as StatLine's Observations would give them in one file, with the values of variant 1.</summary>
    private static async Task WriteObservationsAsync(string path, IReadOnlyList<(string Area, int Year)> cells, IReadOnlyList<string> measures)
    {
        await using var file = File.Create(path);
        await using var json = new Utf8JsonWriter(file);
        json.WriteStartObject();
        json.WriteStartArray("value");
        var id = 0;
        for (var row = 0; row < cells.Count; row++)
        {
            for (var m = 0; m < measures.Count; m++)
            {
                json.WriteStartObject();
                json.WriteNumber("Id", id++);
                json.WriteString("Measure", measures[m]);
                json.WriteString("WijkenEnBuurten", cells[row].Area);
                json.WriteString("Perioden", $"{cells[row].Year}JJ00");
                json.WriteNumber("Value", Value(row, m, variant: 1));
                json.WriteString("ValueAttribute", "None");
                json.WriteEndObject();
            }

            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    private sealed record Options(string Indicators, long Rows, int Measures, int Port, string Dir)
    {
        public static Options Parse(string[] args)
        {
            var arguments = new BenchArguments(args, "statline-stand-in --indicators URL --rows N --measures M --port P --dir DIR");

            var options = new Options(
                arguments.Get("indicators"), long.Parse(arguments.Get("rows"), CultureInfo.InvariantCulture), int.Parse(arguments.Get("measures"), CultureInfo.InvariantCulture),
                int.Parse(arguments.Get("port"), CultureInfo.InvariantCulture), arguments.Get("dir"));
            return options.Rows > 0 && options.Measures > 0 && options.Rows % options.Measures == 0
                ? options
                : throw new ArgumentException($"--rows ({options.Rows}) must be a multiple of --measures ({options.Measures}).");
        }
    }
}
