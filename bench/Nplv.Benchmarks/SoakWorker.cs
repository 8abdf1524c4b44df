using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Nplv.Benchmarks;

/// <summary>One client of the soak: twenty steps of reads and writes, round and round until the end.</summary>
internal sealed class SoakWorker(HttpClient http, SoakRecord record, int number)
{
    private const int MeasuresPerWorker = 10;
    private const int WritesPerToken = 50; // within the gateway's limit of 60 writes a minute per client
    private const string Area = "WK001403";
    private const string GemeenteGroningen = "0195a000-0000-7000-8000-000000000001";
    private const string WerkPro = "0195a000-0000-7000-8000-000000000002";

    private readonly Queue<string> _measures = new();
    private string _token = "";
    private int _writes = WritesPerToken;

    public async Task RunAsync(DateTime end)
    {
        for (var n = number; DateTime.UtcNow < end; n++)
        {
            await ((n % 20) switch
            {
                < 6 => ReadAsync("GET programme (cached)", "/api/v1/programme", token: null),
                < 9 => ReadAsync("GET area dashboard", $"/api/v1/areas/{Area}/dashboard", await TokenAsync(writes: 0)),
                < 11 => ReadAsync("GET measures (list)", "/api/v1/measures?pageSize=50", token: null),
                11 => ReadAsync("GET partners (list)", "/api/v1/partners", token: null),
                12 => ReadAsync("GET indicators (list)", "/api/v1/indicators", token: null),
                13 when _measures.Count > 0 => ReadAsync("GET measure overview", $"/api/v1/measures/{_measures.Peek()}/overview", await TokenAsync(writes: 0)),
                < 16 => _measures.Count >= MeasuresPerWorker ? DeleteAsync() : CreateAsync(n),
                _ when _measures.Count > 0 => EditAsync(n),
                _ => CreateAsync(n),
            });
        }

        // A measure whose read failed stays in the queue for another try, a few at most.
        for (var tries = 0; _measures.Count > 0 && tries < 3 * MeasuresPerWorker; tries++)
        {
            await DeleteAsync();
        }
    }

    private async Task ReadAsync(string operation, string path, string? token)
    {
        using var request = Request(HttpMethod.Get, path, token);
        await SendAsync(operation, request, HttpStatusCode.OK);
    }

    private async Task CreateAsync(int n)
    {
        var key = Guid.NewGuid().ToString();
        var body = Measure($"Duurtest {number}-{n}");
        // Two writes with one token: a key is its caller's own, so a retry under another token would be a new request.
        var token = await TokenAsync(writes: 2);
        using var request = Request(HttpMethod.Post, "/api/v1/measures", token, body);
        request.Headers.Add("Idempotency-Key", key);
        using var response = await SendAsync("POST measure", request, HttpStatusCode.Created);
        if (response?.StatusCode == HttpStatusCode.Created)
        {
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            _measures.Enqueue(id);

            // The client retries as if the answer had been lost: the same measure, never a second one.
            using var retry = Request(HttpMethod.Post, "/api/v1/measures", token, body);
            retry.Headers.Add("Idempotency-Key", key);
            using var again = await SendAsync("POST measure (retried)", retry, HttpStatusCode.Created, HttpStatusCode.OK);
            if (again?.IsSuccessStatusCode == true
                && (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() != id)
            {
                record.Error("POST measure (retried)", "a second measure");
            }
        }
    }

    private async Task EditAsync(int n)
    {
        var id = _measures.Dequeue();
        _measures.Enqueue(id);
        var token = await TokenAsync(writes: 1);
        using var read = Request(HttpMethod.Get, $"/api/v1/measures/{id}", token);
        using var current = await SendAsync("GET measure", read, HttpStatusCode.OK);
        if (current?.Headers.ETag is not { } etag)
        {
            return;
        }

        using var write = Request(HttpMethod.Put, $"/api/v1/measures/{id}", token, Measure($"Duurtest {number}-{n} bewerkt"));
        write.Headers.IfMatch.Add(etag);
        using var _ = await SendAsync("PUT measure (If-Match)", write, HttpStatusCode.OK, HttpStatusCode.PreconditionFailed);
    }

    private async Task DeleteAsync()
    {
        var id = _measures.Peek();
        var token = await TokenAsync(writes: 1);
        using var read = Request(HttpMethod.Get, $"/api/v1/measures/{id}", token);
        using var current = await SendAsync("GET measure", read, HttpStatusCode.OK);
        if (current?.Headers.ETag is not { } etag)
        {
            return;
        }

        _measures.Dequeue();
        using var delete = Request(HttpMethod.Delete, $"/api/v1/measures/{id}", token);
        delete.Headers.IfMatch.Add(etag);
        using var _ = await SendAsync("DELETE measure (If-Match)", delete, HttpStatusCode.NoContent);
    }

    /// <summary>Sends and times one request; an answer not expected (or no answer) is an error of its kind.</summary>
    private async Task<HttpResponseMessage?> SendAsync(string operation, HttpRequestMessage request, params HttpStatusCode[] expected)
    {
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            record.Answer(operation, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (expected.Contains(response.StatusCode))
            {
                return response;
            }

            record.Error(operation, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            response.Dispose();
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            response?.Dispose();
            record.Answer(operation, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            record.Error(operation, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>The worker's token, a new one (a new client to the gateway) before it would pass its write limit.</summary>
    private async Task<string> TokenAsync(int writes)
    {
        if (_token.Length == 0 || _writes + writes > WritesPerToken)
        {
            using var response = await http.PostAsJsonAsync("/dev/tokens", new { role = "programme-office" });
            response.EnsureSuccessStatusCode();
            _token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _writes = 0;
        }

        _writes += writes;
        return _token;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private static object Measure(string title) => new
    {
        title,
        description = "Een maatregel van de duurtest.",
        theme = "werk",
        areaCodes = new[] { Area },
        leadPartnerId = GemeenteGroningen,
        status = "lopend",
        participants = new[] { new { partnerId = WerkPro, role = "begeleiding" } },
        startDate = "2025-01-01",
        endDate = "2027-12-31",
        funding = new[] { new { source = "Regio Deal", amountCents = 2_500_000L, fromYear = 2025, toYear = 2027 } },
        milestones = new[] { new { title = "Start", dueDate = "2025-03-31", done = true } },
        indicators = new[] { new { indicatorCode = "geregistreerde-werkzoekenden", expectedDirection = "down" } },
    };
}
