using System.Diagnostics;
using Npgsql;
using Nplv.Benchmarks;
using Nplv.Indicators.Grpc;
using Nplv.Indicators.V1;
using Nplv.Partners.Grpc;
using Nplv.Partners.V1;
using Nplv.Testing;

// Read benchmarks of issue-sized data over real gRPC channels (h2c, Kestrel) against a real PostgreSQL:
// 1,000,000 observations (200 indicators x 500 buurten x 10 years) and 1,000 partners.
// With "dashboard-data" first, it prepares a running suite for bench/gateway-load.sh instead (see DashboardData), and
// with "import-data" for bench/import.sh (see ImportData), with "statline-stand-in" it is bench/statline.sh's StatLine
// (see StatLineBench), with "soak" it is the load of bench/soak.sh (see Soak), with "documents" bench/documents.sh's
// annual report and CSV export (see DocumentsBench), and with "maps" bench/maps.sh's kaart and first map (see MapsBench).
if (args is ["dashboard-data", .. var dashboardArgs])
{
    await DashboardData.RunAsync(dashboardArgs);
    return;
}

if (args is ["soak", .. var soakArgs])
{
    await Soak.RunAsync(soakArgs);
    return;
}

if (args is ["statline-stand-in", .. var statLineArgs])
{
    await StatLineBench.RunAsync(statLineArgs);
    return;
}

if (args is ["documents", .. var documentArgs])
{
    await DocumentsBench.RunAsync(documentArgs);
    return;
}

if (args is ["maps", .. var mapsArgs])
{
    await MapsBench.RunAsync(mapsArgs);
    return;
}

if (args is ["import-data", .. var importArgs])
{
    await ImportData.RunAsync(importArgs);
    return;
}

const int Indicators = 200;
const int Areas = 500;
const int Years = 10;
const int FirstYear = 2015;
const int Partners = 1_000;

var warmUp = TimeSpan.FromSeconds(3);
var duration = TimeSpan.FromSeconds(args.Length > 0 ? int.Parse(args[0]) : 15);

// Outside a test host the factory cannot find the services' folders by itself.
var root = FindRepositoryRoot();
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_NPLV_INDICATORS", Path.Combine(root, "services", "Indicators"));
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_NPLV_PARTNERS", Path.Combine(root, "services", "Partners"));

await using var postgres = await PostgresServer.StartAsync();
await using var indicatorsService = new GrpcServiceFactory<IndicatorsGrpcService>(new Dictionary<string, string?>
{
    ["ConnectionStrings:indicatorsdb"] = postgres.ConnectionString("indicatorsdb"),
    ["Logging:LogLevel:Default"] = "Warning",
});
await using var partnersService = new GrpcServiceFactory<PartnersGrpcService>(new Dictionary<string, string?>
{
    ["ConnectionStrings:partnersdb"] = postgres.ConnectionString("partnersdb"),
    ["Logging:LogLevel:Default"] = "Warning",
});
var indicators = new IndicatorsService.IndicatorsServiceClient(indicatorsService.Channel);
var partners = new PartnersService.PartnersServiceClient(partnersService.Channel);

var load = Stopwatch.StartNew();
await LoadObservationsAsync(postgres.ConnectionString("indicatorsdb"));
Console.WriteLine($"Loaded {Indicators * Areas * Years:N0} observations in {load.Elapsed.TotalSeconds:N1} s");

load.Restart();
var partnerIds = await CreatePartnersAsync(partners);
Console.WriteLine($"Created {partnerIds.Count:N0} partners over gRPC in {load.Elapsed.TotalSeconds:N1} s");

var areaCodes = Enumerable.Range(0, Areas).Select(AreaCode).ToArray();
var results = new List<LoadResult>();
foreach (var concurrency in new[] { 1, 8 })
{
    results.Add(await LoadRun.RunAsync("GetSeries: 1 indicator x 20 areas x 10 years", concurrency, warmUp, duration, async i =>
    {
        var request = new GetSeriesRequest { IndicatorCode = IndicatorCode(i % Indicators), FromYear = FirstYear, ToYear = FirstYear + Years - 1 };
        request.AreaCodes.AddRange(areaCodes.Skip(i * 20 % (Areas - 20)).Take(20));
        var response = await indicators.GetSeriesAsync(request);
        Expect(response.Series.Sum(s => s.Points.Count) == 20 * Years, "series points");
    }));
    results.Add(await LoadRun.RunAsync("GetLatestValues: 1 area, all 200 indicators", concurrency, warmUp, duration, async i =>
    {
        var response = await indicators.GetLatestValuesAsync(new GetLatestValuesRequest { AreaCode = areaCodes[i % Areas] });
        Expect(response.Values.Count == Indicators, "latest values");
    }));
    results.Add(await LoadRun.RunAsync("BatchGetPartners: 100 partners", concurrency, warmUp, duration, async i =>
    {
        var request = new BatchGetPartnersRequest();
        request.Ids.AddRange(partnerIds.Skip(i * 100 % (Partners - 100)).Take(100));
        var response = await partners.BatchGetPartnersAsync(request);
        Expect(response.Partners.Count == 100, "partners");
    }));
}

Console.WriteLine();
Console.WriteLine($"{Environment.ProcessorCount} cores, {duration.TotalSeconds:N0} s per run after {warmUp.TotalSeconds:N0} s warm-up");
Console.WriteLine("| call | concurrency | calls | calls/s | p50 ms | p99 ms | max ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
results.ForEach(r => Console.WriteLine(r.ToMarkdownRow()));

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nplv.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
}

static string IndicatorCode(int i) => $"bench-indicator-{i:D3}";

static string AreaCode(int i) => $"BU9{i:D7}";

static void Expect(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException($"Unexpected answer: {what}");
    }
}

// The figures are loaded with SQL: what is measured here is reading them; importing is measured elsewhere.
static async Task LoadObservationsAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(
        $"""
        INSERT INTO areas (code, name, level, parent_code, valid_from_year, population, population_year, source)
        SELECT 'BU9' || lpad(a::text, 7, '0'), 'Benchmarkbuurt ' || a, 'buurt', 'WK001410', 2016, 1000 + a, 2016, 'benchmark'
        FROM generate_series(0, {Areas - 1}) AS a;

        INSERT INTO indicators (code, name, unit, direction, theme, source_dataset, aggregation)
        SELECT 'bench-indicator-' || lpad(i::text, 3, '0'), 'Benchmarkindicator ' || i, '%', 'lower_is_better', 'armoede',
               'benchmark', 'population_weighted_mean'
        FROM generate_series(0, {Indicators - 1}) AS i;

        INSERT INTO observations (indicator_code, area_code, year, value, status, source)
        SELECT 'bench-indicator-' || lpad(i::text, 3, '0'), 'BU9' || lpad(a::text, 7, '0'), {FirstYear} + y,
               CASE WHEN (i + a + y) % 97 = 0 THEN NULL ELSE random() * 100 END, 'definitief', 'benchmark'
        FROM generate_series(0, {Indicators - 1}) AS i, generate_series(0, {Areas - 1}) AS a, generate_series(0, {Years - 1}) AS y;

        ANALYZE areas; ANALYZE indicators; ANALYZE observations;
        """,
        connection);
    command.CommandTimeout = 600;
    await command.ExecuteNonQueryAsync();
}

static async Task<List<string>> CreatePartnersAsync(PartnersService.PartnersServiceClient partners)
{
    var ids = new string[Partners];
    await Parallel.ForEachAsync(Enumerable.Range(0, Partners), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
    {
        var created = await partners.CreatePartnerAsync(
            new CreatePartnerRequest { Name = $"Benchmarkpartner {i:D4}", Type = PartnerType.Other, Role = "benchmark" },
            cancellationToken: token);
        ids[i] = created.Id;
    });
    return [.. ids];
}
