using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nplv.Testing;
using Nplv.Testing.StatLine;

namespace Nplv.Benchmarks;

/// <summary>
/// bench/maps.sh's measurements against a running suite: Groningen's wijken and buurten and RIVM's health figures
/// (50090NED, read from a local StatLine stand-in serving the real table from ../shared), then a kaart of those areas
/// as detailed as CBS draws them (vertices a few metres apart along every border, in RD New), imported through the
/// gateway; the buurt outlines of that division as served (bytes as they are, gzip and Brotli); and the time from
/// navigation to the first drawn map on an indicator's page in Chromium, with an empty cache and with the browser's.
/// </summary>
/// <remarks>
/// Usage: <c>maps --gateway URL --statline-port PORT --chromium PATH [--runs N] [--spacing METRES]</c>; the suite
/// reads its third-party StatLine tables from that port. The kaart is of 2020, the division of RIVM's figures, and it
/// is made, not real: each
/// wijk a block of square buurten 500 m wide whose borders wander up to 15 m either side, one vertex every
/// <c>spacing</c> metres (2 by default), each border shared exactly by the areas on both sides, as in a real coverage.
/// </remarks>
public static class MapsBench
{
    private const int Division = 2020;
    private const string Indicator = "eenzaam-65plus";
    private const double CellMetres = 500, Wander = 15, LeftRd = 225_000, BottomRd = 575_000;
    private const int BlocksPerRow = 5, CellsPerBlock = 6;

    public static async Task RunAsync(string[] args)
    {
        var gateway = new Uri(Argument(args, "--gateway") ?? throw new ArgumentException("--gateway URL is required"));
        var chromium = Argument(args, "--chromium") ?? throw new ArgumentException("--chromium PATH is required");
        var runs = int.Parse(Argument(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var spacing = double.Parse(Argument(args, "--spacing") ?? "2", CultureInfo.InvariantCulture);
        var statLinePort = int.Parse(Argument(args, "--statline-port") ?? throw new ArgumentException("--statline-port PORT is required"), CultureInfo.InvariantCulture);
        await using var statLine = await StatLineStandIn.StartAsync(statLinePort);
        statLine.Serve("dataderden", StatLineTableData.Rivm50090());

        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(10) };
        using var tokenResponse = await http.PostAsJsonAsync("/dev/tokens", new { role = "programme-office" });
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();

        // The city's areas and figures, as the programme office loads them; then the kaart of those areas, and its import.
        clock.Restart();
        await ImportTableAsync(http, "rivm-50090ned-gebieden");
        await ImportTableAsync(http, "rivm-50090ned-65plus");
        Console.WriteLine($"Areas and figures of 50090NED (65+) imported from the stand-in in {clock.Elapsed.TotalSeconds:N1} s.");
        var wijken = (await ListAsync(http, "wijk")).Where(w => w.ValidIn(Division)).ToList();
        var buurten = (await ListAsync(http, "buurt")).Where(b => b.ValidIn(Division)).ToList();
        var (kaart, features, sourceVertices) = Kaart(wijken, buurten, spacing);
        clock.Restart();
        using var imported = await http.PostAsync($"/api/v1/areas/shapes?format=geojson&year={Division}&region=GM0014&source=Benchmarkkaart",
            new ByteArrayContent(kaart) { Headers = { ContentType = new MediaTypeHeaderValue("application/geo+json") } });
        var importSeconds = clock.Elapsed.TotalSeconds;
        var importAnswer = await imported.Content.ReadAsStringAsync();
        if (!imported.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The kaart was refused: {(int)imported.StatusCode} {importAnswer}");
        }

        Console.WriteLine($"Kaart: {features} areas ({buurten.Count} buurten known, {wijken.Count} wijken), {sourceVertices:N0} vertices, "
            + $"{kaart.Length / 1024.0 / 1024.0:N1} MiB of GeoJSON in RD New; imported in {importSeconds:N1} s: {importAnswer}");

        // The outlines as served.
        var path = $"/api/v1/areas/shapes?level=buurt&year={Division}";
        var plain = await GetAsync(http, path, encoding: null);
        var gzip = await GetAsync(http, path, "gzip");
        var brotli = await GetAsync(http, path, "br");
        var served = JsonDocument.Parse(plain.Body);
        var servedFeatures = served.RootElement.GetProperty("features").GetArrayLength();
        var servedVertices = served.RootElement.GetProperty("features").EnumerateArray().Sum(f => CountPositions(f.GetProperty("geometry").GetProperty("coordinates")));
        var localGzip = GzipLength(plain.Body);
        Console.WriteLine();
        Console.WriteLine($"Buurt outlines of the {Division} division as served ({servedFeatures} buurten, {servedVertices:N0} vertices after simplification):");
        Console.WriteLine();
        Console.WriteLine("| as sent | bytes | of the plain body |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| plain | {plain.Body.Length:N0} | 100% |");
        Console.WriteLine($"| gzip (gateway, fastest) | {gzip.Body.Length:N0} | {100.0 * gzip.Body.Length / plain.Body.Length:N0}% |");
        Console.WriteLine($"| Brotli (gateway, fastest) | {brotli.Body.Length:N0} | {100.0 * brotli.Body.Length / plain.Body.Length:N0}% |");
        Console.WriteLine($"| gzip -9 (for comparison) | {localGzip:N0} | {100.0 * localGzip / plain.Body.Length:N0}% |");

        // Time to the first map.
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
        var cold = new List<double>();
        var warm = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = gateway.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            cold.Add(await FirstMapAsync(page));
            warm.Add(await FirstMapAsync(page));
        }

        Console.WriteLine();
        Console.WriteLine($"Time from navigation to the first drawn map on /indicatoren/{Indicator}, Chromium headless, {runs} runs:");
        Console.WriteLine();
        Console.WriteLine("| cache | median ms | min ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| empty (first visit) | {Median(cold):N0} | {cold.Min():N0} | {cold.Max():N0} |");
        Console.WriteLine($"| the browser's (visit again) | {Median(warm):N0} | {warm.Min():N0} | {warm.Max():N0} |");
    }

    private static async Task<double> FirstMapAsync(IPage page)
    {
        await page.GotoAsync($"/indicatoren/{Indicator}", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-testid=choropleth-map] svg path").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        // performance.now() counts from the navigation's start.
        return await page.EvaluateAsync<double>("() => performance.now()");
    }

    private sealed record AreaRow(string Code, string Name, string? Parent, int From, int? To)
    {
        public bool ValidIn(int year) => From <= year && (To is null || To >= year);
    }

    private static async Task<List<AreaRow>> ListAsync(HttpClient http, string level)
    {
        var areas = new List<AreaRow>();
        string? pageToken = null;
        do
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/v1/areas?level={level}&pageSize=200&pageToken={Uri.EscapeDataString(pageToken ?? "")}");
            foreach (var area in page.GetProperty("items").EnumerateArray())
            {
                var to = area.GetProperty("validToYear");
                areas.Add(new AreaRow(area.GetProperty("code").GetString()!, area.GetProperty("name").GetString()!, area.GetProperty("parentCode").GetString(),
                    area.GetProperty("validFromYear").GetInt32(), to.ValueKind == JsonValueKind.Null ? null : to.GetInt32()));
            }

            pageToken = page.GetProperty("nextPageToken").GetString();
        }
        while (pageToken is not null);
        return areas;
    }

    /// <summary>The kaart as GeoJSON in RD New: per wijk a block of buurt squares; every border made once and shared.</summary>
    private static (byte[] Kaart, int Features, long Vertices) Kaart(List<AreaRow> wijken, List<AreaRow> buurten, double spacing)
    {
        var borders = new Dictionary<((int, int), (int, int)), List<(double X, double Y)>>();
        List<(double X, double Y)> Border((int, int) from, (int, int) to)
        {
            var forward = from.CompareTo(to) < 0;
            var key = forward ? (from, to) : (to, from);
            if (!borders.TryGetValue(key, out var points))
            {
                points = Wandering(key.Item1, key.Item2, spacing);
                borders[key] = points;
            }

            return forward ? points : [.. Enumerable.Reverse(points)];
        }

        List<(double X, double Y)> Ring(int column, int row, int width, int height)
        {
            var corners = new List<(int, int)>();
            for (var c = column; c < column + width; c++) corners.Add((c, row));
            for (var r = row; r < row + height; r++) corners.Add((column + width, r));
            for (var c = column + width; c > column; c--) corners.Add((c, row + height));
            for (var r = row + height; r > row; r--) corners.Add((column, r));
            var ring = new List<(double X, double Y)>();
            for (var i = 0; i < corners.Count; i++)
            {
                var border = Border(corners[i], corners[(i + 1) % corners.Count]);
                ring.AddRange(border.Take(border.Count - 1));
            }

            ring.Add(ring[0]);
            return ring;
        }

        var features = new List<(string CodeProperty, AreaRow Area, List<(double X, double Y)> Ring)>();
        var index = 0;
        foreach (var wijk in wijken.OrderBy(w => w.Code, StringComparer.Ordinal))
        {
            var own = buurten.Where(b => b.Parent == wijk.Code).OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            var columns = (int)Math.Ceiling(Math.Sqrt(own.Count));
            var rows = (int)Math.Ceiling(own.Count / (double)columns);
            var (left, bottom) = (index % BlocksPerRow * CellsPerBlock, index / BlocksPerRow * CellsPerBlock);
            index++;
            features.Add(("wijk", wijk, Ring(left, bottom, columns, rows)));
            for (var b = 0; b < own.Count; b++)
            {
                features.Add(("buurt", own[b], Ring(left + (b % columns), bottom + (b / columns), 1, 1)));
            }
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartObject("crs");
            json.WriteString("type", "name");
            json.WriteStartObject("properties");
            json.WriteString("name", "urn:ogc:def:crs:EPSG::28992");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("features");
            foreach (var (level, area, ring) in features)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString($"{level}code", area.Code);
                json.WriteString($"{level}naam", area.Name);
                json.WriteEndObject();
                json.WriteStartObject("geometry");
                json.WriteString("type", "Polygon");
                json.WriteStartArray("coordinates");
                json.WriteStartArray();
                foreach (var (x, y) in ring)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(Math.Round(x, 3));
                    json.WriteNumberValue(Math.Round(y, 3));
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return (buffer.ToArray(), features.Count, features.Sum(f => (long)f.Ring.Count));
    }

    /// <summary>A border from one grid corner to the next, its inner points wandering either side of the straight line.</summary>
    private static List<(double X, double Y)> Wandering((int C, int R) from, (int C, int R) to, double spacing)
    {
        var steps = (int)Math.Round(CellMetres / spacing);
        var horizontal = from.R == to.R;
        // Each border wanders in its own way, the same on every run.
        var phase = ((from.C * 7919) + (from.R * 104729) + (horizontal ? 1 : 0)) % 1000 / 1000.0 * Math.Tau;
        var points = new List<(double X, double Y)>(steps + 1);
        for (var i = 0; i <= steps; i++)
        {
            var t = i / (double)steps;
            var along = (horizontal ? from.C : from.R) + t;
            var across = i == 0 || i == steps ? 0 : Wander * Math.Sin(t * Math.PI) * Math.Sin((t * 9 * Math.PI) + phase);
            points.Add(horizontal
                ? (LeftRd + (along * CellMetres), BottomRd + (from.R * CellMetres) + across)
                : (LeftRd + (from.C * CellMetres) + across, BottomRd + (along * CellMetres)));
        }

        return points;
    }

    /// <summary>A table of the stand-in imported as the import page does it, waited for until it has succeeded.</summary>
    private static async Task ImportTableAsync(HttpClient http, string mapping)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("50090NED"), "table" }, { new StringContent("GM0014"), "region" }, { new StringContent(mapping), "mapping" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = form };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var started = await http.SendAsync(request);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        if (!started.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The import of {mapping} was refused: {(int)started.StatusCode} {body}");
        }

        var id = body.GetProperty("id").GetString();
        while (body.GetProperty("state").GetString() == "running")
        {
            await Task.Delay(250);
            body = await http.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
        }

        if (body.GetProperty("state").GetString() != "succeeded")
        {
            throw new InvalidOperationException($"The import of {mapping} ended {body}");
        }
    }

    private static async Task<(byte[] Body, string? Encoding)> GetAsync(HttpClient http, string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var sent = response.Content.Headers.ContentEncoding.FirstOrDefault();
        if (sent != encoding)
        {
            throw new InvalidOperationException($"Asked for {encoding ?? "no encoding"}, the gateway sent {sent ?? "none"}.");
        }

        return (await response.Content.ReadAsByteArrayAsync(), sent);
    }

    private static long GzipLength(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return buffer.Length;
    }

    private static int CountPositions(JsonElement coordinates)
        => coordinates[0].ValueKind == JsonValueKind.Number ? 1 : coordinates.EnumerateArray().Sum(CountPositions);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
