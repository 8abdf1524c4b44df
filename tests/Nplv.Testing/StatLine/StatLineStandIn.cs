using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Nplv.Testing.StatLine;

/// <summary>
/// A local HTTP server that answers as CBS StatLine does, for tables the test gives it: OData v3 on CBS's own
/// catalogue (<c>/cbs/ODataApi/odata/</c>) and on the third-party one (<c>/dataderden/ODataApi/odata/</c>) with
/// TableInfos, DataProperties, the WijkenEnBuurten dimension and TypedDataSet; OData v4 (<c>/v4/odata/v1/CBS/</c>)
/// with Properties, MeasureCodes, WijkenEnBuurtenCodes and Observations. It filters rows on its side ($filter),
/// serves them in pages of <see cref="PageSize"/> with next links, and fails the requests a test tells it to.
/// </summary>
public sealed class StatLineStandIn : IAsyncDisposable
{
    // As StatLine writes it: the names as they are, not in camelCase.
    private static readonly JsonSerializerOptions Json = new();

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<(string Catalog, string Table), StatLineTableData> _tables = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();

    // Built once per table and filter, not for every page: a large table's pages then cost what StatLine's would.
    private readonly ConcurrentDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> _observations = new();
    private readonly ConcurrentDictionary<(IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, string Filter), List<IReadOnlyDictionary<string, object?>>> _matches = new();

    private StatLineStandIn(WebApplication app) => _app = app;

    /// <summary>Rows per page of TypedDataSet and Observations (CBS serves at most 10,000).</summary>
    public int PageSize { get; set; } = 10_000;

    public Uri Address { get; private set; } = null!;

    /// <summary>The catalogues' addresses as the indicators service's settings name them.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["StatLine:Cbs"] = new Uri(Address, "cbs/ODataApi/odata/").ToString(),
        ["StatLine:CbsThirdParty"] = new Uri(Address, "dataderden/ODataApi/odata/").ToString(),
        ["StatLine:CbsV4"] = new Uri(Address, "v4/odata/v1/CBS/").ToString(),
        // Retries as in production, but with short waits, so a failing page costs a test little time.
        ["StatLine:Resilience:Retry:Delay"] = "00:00:00.020",
        ["StatLine:Resilience:Retry:UseJitter"] = "false",
    };

    /// <summary>Every path and query asked, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <param name="port">The port to listen on; 0 for any free one.</param>
    public static async Task<StatLineStandIn> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // HTTP/1.1 as StatLine speaks it, whatever the test process's own settings say of Kestrel's defaults.
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1AndHttp2));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new StatLineStandIn(app);
        app.Map("/{catalog}/ODataApi/odata/{table}/{resource}", (HttpContext context, string catalog, string table, string resource)
            => standIn.AnswerV3Async(context, catalog, table, resource));
        app.Map("/v4/odata/v1/CBS/{table}/{resource}", (HttpContext context, string table, string resource)
            => standIn.AnswerV4Async(context, table, resource));
        await app.StartAsync();
        standIn.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
        return standIn;
    }

    /// <param name="catalog">cbs, dataderden or v4.</param>
    public void Serve(string catalog, StatLineTableData table)
    {
        _tables[(catalog, table.Id)] = table;
        _observations.TryRemove(table.Id, out _);
        _matches.Clear();
    }

    /// <summary>The next <paramref name="times"/> requests whose path and query contain <paramref name="part"/> answer 503.</summary>
    public void Fail(string part, int times) => _failures[part] = times;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerV3Async(HttpContext context, string catalog, string table, string resource)
    {
        if (Refused(context) || Table(context, catalog, table) is not { } data)
        {
            return;
        }

        switch (resource)
        {
            case "TableInfos":
                await context.Response.WriteAsJsonAsync(new { value = new[] { new { Identifier = data.Id, data.Title, Modified = data.Modified.ToString("yyyy-MM-ddTHH:mm:ss") } } }, Json);
                break;
            case "DataProperties":
                await context.Response.WriteAsJsonAsync(new { value = data.Columns.Select((c, i) => new { ID = i, c.Key, c.Title, c.Unit, c.Type, c.Datatype }) }, Json);
                break;
            case "WijkenEnBuurten":
                await WritePageAsync(context, [.. data.AreaTitles.Select(t => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["Key"] = t.Key.PadRight(10), ["Title"] = t.Value,
                })], "odata.nextLink");
                break;
            case "TypedDataSet":
                await WritePageAsync(context, data.Rows, "odata.nextLink", stable: true);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task AnswerV4Async(HttpContext context, string table, string resource)
    {
        if (Refused(context) || Table(context, "v4", table) is not { } data)
        {
            return;
        }

        switch (resource)
        {
            case "Properties":
                await context.Response.WriteAsJsonAsync(new { Identifier = data.Id, data.Title, Modified = data.Modified.ToString("O") }, Json);
                break;
            case "MeasureCodes":
                await context.Response.WriteAsJsonAsync(new { value = data.Measures.Select(m => new { Identifier = m.Key, m.Title, m.Unit }) }, Json);
                break;
            case "WijkenEnBuurtenCodes":
                await WritePageAsync(context, [.. data.AreaTitles.Select(t => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["Identifier"] = t.Key, ["Title"] = t.Value,
                })], "@odata.nextLink");
                break;
            case "Observations":
                await WritePageAsync(context, _observations.GetOrAdd(data.Id, _ => [.. Observations(data)]), "@odata.nextLink", stable: true);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    /// <summary>The table's rows in v4's long form: one per area, period, other dimensions and measure.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, object?>> Observations(StatLineTableData data)
    {
        var dimensions = data.Columns.Where(c => c.Type.EndsWith("Dimension", StringComparison.Ordinal)).Select(c => c.Key).ToList();
        var id = 0;
        foreach (var row in data.Rows)
        {
            foreach (var measure in data.Measures)
            {
                var observation = new Dictionary<string, object?> { ["Id"] = id++, ["Measure"] = measure.Key };
                foreach (var dimension in dimensions)
                {
                    observation[dimension] = (row[dimension] as string)?.Trim();
                }

                observation["Value"] = row[measure.Key];
                observation["ValueAttribute"] = row[measure.Key] is null ? "Missing" : "None";
                yield return observation;
            }
        }
    }

    private bool Refused(HttpContext context)
    {
        var asked = context.Request.Path + context.Request.QueryString;
        _requests.Enqueue(Uri.UnescapeDataString(asked));
        foreach (var (part, times) in _failures)
        {
            if (times > 0 && Uri.UnescapeDataString(asked).Contains(part, StringComparison.Ordinal))
            {
                _failures[part] = times - 1;
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return true;
            }
        }

        return false;
    }

    private StatLineTableData? Table(HttpContext context, string catalog, string table)
    {
        if (_tables.TryGetValue((catalog, table), out var data))
        {
            return data;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return null;
    }

    /// <param name="stable">Whether <paramref name="rows"/> is the table's own list, whose matches can be kept.</param>
    private async Task WritePageAsync(
        HttpContext context, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, string nextLinkName, bool stable = false)
    {
        Func<Func<string, string?>, bool> keep = _ => true;
        var filter = context.Request.Query["$filter"].ToString();
        if (filter.Length > 0)
        {
            try
            {
                keep = ODataFilter.Parse(filter);
            }
            catch (FormatException ex)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { odata_error = ex.Message }, Json);
                return;
            }
        }

        var skip = int.TryParse(context.Request.Query["$skip"], out var skipped) ? skipped : 0;
        List<IReadOnlyDictionary<string, object?>> Match() => [.. rows.Where(row => keep(name => row.TryGetValue(name, out var value) ? value?.ToString() : null))];
        var matching = stable ? _matches.GetOrAdd((rows, filter), _ => Match()) : Match();
        var page = matching.Skip(skip).Take(PageSize).ToList();
        var body = new Dictionary<string, object?> { ["value"] = page };
        if (skip + PageSize < matching.Count)
        {
            var query = QueryString.Create(context.Request.Query
                .Where(q => q.Key != "$skip")
                .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
                .Append(KeyValuePair.Create("$skip", (string?)(skip + PageSize).ToString())));
            body[nextLinkName] = new Uri(Address, context.Request.Path.Value!.TrimStart('/') + query).ToString();
        }

        await context.Response.WriteAsJsonAsync(body, Json);
    }
}
