using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Browser;

/// <summary>
/// What the map pages need: Groningen's areas and RIVM's health figures read from the StatLine stand-in, and a kaart of
/// the city's buurten and wijken of 2020 (the division those figures are on). The kaart is drawn here: each wijk a block of squares, one
/// per buurt, as the GeoJSON CBS publishes; its codes are the areas the service knows.
/// </summary>
public static class MapTestData
{
    public const string Indicator = "eenzaam-65plus";
    public const int Division = 2020;
    private const double Left = 6.45, Bottom = 53.17, CellWidth = 0.006, CellHeight = 0.004;
    private const int BlocksPerRow = 5, CellsPerBlock = 6;

    private static readonly SemaphoreSlim Once = new(1);
    private static bool _loaded;

    public static async Task EnsureLoadedAsync(SuiteFixture suite)
    {
        await Once.WaitAsync();
        try
        {
            if (_loaded)
            {
                return;
            }

            var office = await suite.OfficeTokenAsync();
            // All of the city's areas first, as the programme office would: a kaart may hold only areas the service knows.
            await ImportTableAsync(suite, office, "rivm-50090ned-gebieden");
            await ImportTableAsync(suite, office, "rivm-50090ned-65plus");
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/areas/shapes?format=geojson&year={Division}&region=GM0014&source=Testkaart")
            {
                Content = new StringContent(await KaartAsync(suite), Encoding.UTF8, "application/geo+json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", office);
            using var imported = await suite.Gateway.SendAsync(request);
            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
            _loaded = true;
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task ImportTableAsync(SuiteFixture suite, string office, string mapping)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("50090NED"), "table" }, { new StringContent("GM0014"), "region" }, { new StringContent(mapping), "mapping" },
        };
        using var started = await suite.SendAsync(HttpMethod.Post, "/api/v1/imports", office, form, idempotencyKey: Guid.NewGuid().ToString());
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var id = (await started.JsonAsync()).GetProperty("id").GetString()!;
        var import = await suite.WaitUntilImportFinishedAsync(office, id, TimeSpan.FromMinutes(1));
        Assert.True(import.GetProperty("state").GetString() == "succeeded", import.ToString());
    }

    /// <summary>The buurten and wijken valid in the division, as squares: a wijk is the block its buurten fill.</summary>
    private static async Task<string> KaartAsync(SuiteFixture suite)
    {
        bool ValidInDivision(JsonElement area) => area.GetProperty("validFromYear").GetInt32() <= Division
            && (area.GetProperty("validToYear").ValueKind == JsonValueKind.Null || area.GetProperty("validToYear").GetInt32() >= Division);
        var wijken = (await suite.ListAllAsync("/api/v1/areas?level=wijk")).Where(ValidInDivision).OrderBy(w => w.GetProperty("code").GetString()).ToList();
        var buurten = (await suite.ListAllAsync("/api/v1/areas?level=buurt")).Where(ValidInDivision).ToList();
        var features = new JsonArray();
        var index = 0;
        foreach (var wijk in wijken)
        {
            var code = wijk.GetProperty("code").GetString()!;
            var own = buurten.Where(b => b.GetProperty("parentCode").GetString() == code).OrderBy(b => b.GetProperty("code").GetString()).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            var columns = (int)Math.Ceiling(Math.Sqrt(own.Count));
            var rows = (int)Math.Ceiling(own.Count / (double)columns);
            var (blockColumn, blockRow) = ((index % BlocksPerRow) * CellsPerBlock, (index / BlocksPerRow) * CellsPerBlock);
            index++;
            features.Add(Feature("wijkcode", code, wijk.GetProperty("name").GetString()!, blockColumn, blockRow, columns, rows));
            for (var b = 0; b < own.Count; b++)
            {
                features.Add(Feature("buurtcode", own[b].GetProperty("code").GetString()!, own[b].GetProperty("name").GetString()!,
                    blockColumn + (b % columns), blockRow + (b / columns), 1, 1));
            }
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString();
    }

    private static JsonObject Feature(string codeProperty, string code, string name, int column, int row, int width, int height)
    {
        double X(int c) => Math.Round(Left + (c * CellWidth), 6);
        double Y(int r) => Math.Round(Bottom + (r * CellHeight), 6);
        var ring = new JsonArray(
            Point(X(column), Y(row)), Point(X(column + width), Y(row)), Point(X(column + width), Y(row + height)),
            Point(X(column), Y(row + height)), Point(X(column), Y(row)));
        return new JsonObject
        {
            ["type"] = "Feature",
            ["properties"] = new JsonObject { [codeProperty] = code, [codeProperty.Replace("code", "naam", StringComparison.Ordinal)] = name },
            ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) },
        };
    }

    private static JsonArray Point(double x, double y) => new(JsonValue.Create(x), JsonValue.Create(y));

    /// <summary>The figure of the indicator's column in the RIVM file, as the table shows it: "54,4%", or null where it is suppressed.</summary>
    public static string? Expected(string areaCode, int year)
    {
        var row = Nplv.Testing.RealData.Read(Nplv.Testing.RealData.Rivm65Plus)
            .Single(r => r.Column.StartsWith("Eenzaam_", StringComparison.Ordinal) && r.AreaCode == areaCode && r.Year == year);
        return row.Value == "." ? null : double.Parse(row.Value, CultureInfo.InvariantCulture).ToString("0.#", CultureInfo.GetCultureInfo("nl-NL")) + "%";
    }
}
