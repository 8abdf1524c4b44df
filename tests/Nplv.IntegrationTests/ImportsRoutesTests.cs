using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Nplv.IntegrationTests;

/// <summary>
/// Imports through the gateway. The figures go to Nieuw-West (WK001409 and its buurt BU00140900) in 2017, which no
/// other test writes (the browser tests only look at Nieuw-West's page); a StatLine table is read from the suite's
/// stand-in, RIVM's 65+ figures, which no other test reads.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ImportsRoutesTests(SuiteFixture suite)
{
    private const string Indicator = "geregistreerde-werkzoekenden";
    private const string Buurt = "BU00140900";
    private const string Wijk = "WK001409";
    private const string Header = "indicator,area,period,value,status,source";
    private static readonly TimeSpan FinishTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AnUploadedLongCsvIsImportedAndItsFiguresShowInTheSeries()
    {
        var office = await suite.OfficeTokenAsync();
        var key = Guid.NewGuid().ToString();
        var csv = $"""
            {Header}
            {Indicator},{Buurt},2017JJ00,7.5,definitief,Werkzoekenden (gateway import)
            {Indicator},{Wijk},2017JJ00,6.25,voorlopig,Werkzoekenden (gateway import)
            """;

        // Read, and so kept by the view caches, before the import.
        var before = await suite.GetOkJsonAsync($"/api/v1/areas/{Wijk}/dashboard");
        Assert.DoesNotContain(before.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == Indicator);

        using var accepted = await UploadAsync(office, Csv(csv), "long-csv", idempotencyKey: key);
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var started = await accepted.JsonAsync();
        var id = started.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/imports/{id}", accepted.Headers.Location?.OriginalString);
        Assert.Equal("long_csv", started.GetProperty("format").GetString());
        Assert.Equal("werkzoekenden.csv", started.GetProperty("fileName").GetString());

        var finished = await WaitUntilFinishedAsync(office, id);
        Assert.True(finished.GetProperty("state").GetString() == "succeeded", finished.ToString());
        Assert.Equal(2, finished.GetProperty("observationsWritten").GetInt64());
        Assert.Empty(finished.GetProperty("errors").EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, finished.GetProperty("endedAt").ValueKind);
        var history = (await suite.GetOkJsonAsync($"/api/v1/imports/{id}/history", office)).GetProperty("items");
        Assert.Equal(["succeeded", "created"], history.EnumerateArray().Select(c => c.GetProperty("action").GetString()));
        Assert.All(history.EnumerateArray(), c => Assert.Equal("programme-office", c.GetProperty("actor").GetProperty("role").GetString()));
        Assert.Contains(history[0].GetProperty("fields").EnumerateArray(),
            f => f.GetProperty("field").GetString() == "counts.observationsWritten" && f.GetProperty("after").GetInt64() == 2);

        var figures = await SeriesAsync();
        Assert.Equal((7.5, "definitief", "Werkzoekenden (gateway import)"), figures[Buurt]);
        Assert.Equal((6.25, "voorlopig", "Werkzoekenden (gateway import)"), figures[Wijk]);
        var after = await suite.GetOkJsonAsync($"/api/v1/areas/{Wijk}/dashboard");
        var imported = Assert.Single(after.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == Indicator);
        Assert.Equal(6.25, imported.GetProperty("latest").GetProperty("value").GetDouble());

        // The retried upload answers the import it made, as recorded, and imports nothing again.
        var changed = csv.Replace("7.5", "9.75", StringComparison.Ordinal);
        using var retried = await UploadAsync(office, Csv(changed), "long-csv", idempotencyKey: key);
        Assert.True(retried.StatusCode == HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        var replayed = await retried.JsonAsync();
        Assert.Equal(id, replayed.GetProperty("id").GetString());
        Assert.Equal("succeeded", replayed.GetProperty("state").GetString());
        Assert.Equal(finished.GetProperty("endedAt").GetString(), replayed.GetProperty("endedAt").GetString());
        Assert.Equal(figures, await SeriesAsync());
    }

    [Fact]
    public async Task ATableNamedInsteadOfAFileIsReadFromStatLineAndItsRecordSaysWhatWasAsked()
    {
        var office = await suite.OfficeTokenAsync();
        var key = Guid.NewGuid().ToString();
        (string, string)[] table = [("table", "50090NED"), ("region", "gm0014"), ("mapping", "rivm-50090ned-65plus")];
        var asked = suite.StatLine.Requests.Count;

        using var accepted = await StartAsync(office, table, key);
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var id = (await accepted.JsonAsync()).GetProperty("id").GetString()!;
        var finished = await WaitUntilFinishedAsync(office, id);

        Assert.True(finished.GetProperty("state").GetString() == "succeeded", finished.ToString());
        Assert.Equal("cbs_odata_v3", finished.GetProperty("format").GetString());
        Assert.Equal("rivm-50090ned-65plus v1", finished.GetProperty("mapping").GetString());
        // Written now or by an earlier run of this test on the same data: either way every figure is there.
        Assert.True(finished.GetProperty("observationsWritten").GetInt64() + finished.GetProperty("observationsUnchanged").GetInt64() > 100, finished.ToString());
        var statLine = finished.GetProperty("statLine");
        Assert.Equal(("50090NED", "cbs_third_party"), (statLine.GetProperty("table").GetString(), statLine.GetProperty("catalog").GetString()));
        Assert.StartsWith("Gezondheid per wijk en buurt", statLine.GetProperty("title").GetString());
        Assert.Equal(new DateTimeOffset(2022, 11, 30, 2, 0, 0, TimeSpan.Zero), statLine.GetProperty("tableModified").GetDateTimeOffset());
        Assert.Contains("GM0014", statLine.GetProperty("query").GetString());
        Assert.True(statLine.GetProperty("pages").GetInt32() >= 1);
        // StatLine filtered the rows: the 65+ ones of GM0014 only were asked for.
        var rowsAsked = suite.StatLine.Requests.Skip(asked).Where(r => r.Contains("/TypedDataSet", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rowsAsked);
        Assert.All(rowsAsked, request => Assert.Contains("80200", Uri.UnescapeDataString(request)));

        var series = await suite.GetOkJsonAsync("/api/v1/indicators/eenzaam-65plus/series?area=GM0014&from=2012&to=2020");
        var city = Assert.Single(series.GetProperty("series").EnumerateArray());
        Assert.Equal([2012, 2016, 2020], city.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
        Assert.All(city.GetProperty("points").EnumerateArray(), p => Assert.Contains("50090NED", p.GetProperty("source").GetString()));

        // The same request again: the recorded import, nothing read from StatLine twice.
        var before = suite.StatLine.Requests.Count;
        using var retried = await StartAsync(office, table, key);
        Assert.True(retried.StatusCode == HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        Assert.Equal(id, (await retried.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal(before, suite.StatLine.Requests.Count);
    }

    [Fact]
    public async Task ARefusedTableImportNamesTheFormFieldAndAsksStatLineNothing()
    {
        var office = await suite.OfficeTokenAsync();
        var csv = Csv($"{Header}\n{Indicator},{Buurt},2017JJ00,1,definitief,Test\n");
        (string, string)[] valid = [("table", "50090NED"), ("region", "GM0014"), ("mapping", "rivm-50090ned-18plus")];
        var asked = suite.StatLine.Requests.Count;

        using var withFile = await StartAsync(office, valid, file: csv);
        using var noRegion = await StartAsync(office, [("table", "50090NED"), ("mapping", "rivm-50090ned-18plus")]);
        using var badTable = await StartAsync(office, [("table", "50090NED' or 1 eq 1"), ("region", "GM0014"), ("mapping", "rivm-50090ned-18plus")]);
        using var badRegion = await StartAsync(office, [("table", "50090NED"), ("region", "WK001401"), ("mapping", "rivm-50090ned-18plus")]);
        using var badCatalog = await StartAsync(office, [.. valid, ("catalog", "dataderden")]);
        using var badYear = await StartAsync(office, [.. valid, ("year", "twintig")]);
        using var noMapping = await StartAsync(office, [("table", "50090NED"), ("region", "GM0014")]);
        using var regionForAFile = await StartAsync(office, [("format", "long-csv"), ("region", "GM0014")], file: csv);

        Assert.Equal(["file"], (await withFile.ProblemAsync(400)).Errors());
        Assert.Equal(["region"], (await noRegion.ProblemAsync(400)).Errors());
        Assert.Equal(["table"], (await badTable.ProblemAsync(400)).Errors());
        Assert.Equal(["region"], (await badRegion.ProblemAsync(400)).Errors());
        Assert.Equal(["catalog"], (await badCatalog.ProblemAsync(400)).Errors());
        Assert.Equal(["year"], (await badYear.ProblemAsync(400)).Errors());
        Assert.Equal(["mapping"], (await noMapping.ProblemAsync(400)).Errors());
        Assert.Equal(["region"], (await regionForAFile.ProblemAsync(400)).Errors());
        Assert.Equal(asked, suite.StatLine.Requests.Count);
    }

    [Fact]
    public async Task AnImportThatFailsWritesNothingAndSaysWhy()
    {
        var office = await suite.OfficeTokenAsync();
        var csv = $"""
            {Header}
            {Indicator},{Buurt},2017JJ00,1.5,definitief,Werkzoekenden (failed import)
            {Indicator},{Buurt},2017JJ00,geen getal,definitief,Werkzoekenden (failed import)
            """;

        using var accepted = await UploadAsync(office, Csv(csv), "long_csv");
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var finished = await WaitUntilFinishedAsync(office, (await accepted.JsonAsync()).GetProperty("id").GetString()!);

        Assert.True(finished.GetProperty("state").GetString() == "failed", finished.ToString());
        var error = finished.GetProperty("errors")[0];
        Assert.False(string.IsNullOrEmpty(error.GetProperty("kind").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.Equal(0, finished.GetProperty("observationsWritten").GetInt64());
        Assert.DoesNotContain(await SeriesAsync(), figure => figure.Value.Source == "Werkzoekenden (failed import)");

        // Its errors, then its warnings, download as the rows of the import's JSON.
        var id = finished.GetProperty("id").GetString()!;
        var issues = finished.GetProperty("errors").EnumerateArray().Select(issue => ("error", issue))
            .Concat(finished.GetProperty("warnings").EnumerateArray().Select(issue => ("warning", issue))).ToList();
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var table = await suite.DownloadAsync($"/api/v1/imports/{id}/issues?format={format}", office);
            Assert.Equal(issues.Count, table.Rows.Count);
            foreach (var ((severity, issue), row) in issues.Zip(table.Rows))
            {
                Assert.Equal(severity, row["severity"]);
                Assert.Equal(issue.GetProperty("kind").GetString(), row["kind"]);
                Assert.Equal(issue.GetProperty("message").GetString(), row["message"]);
                Assert.Equal(issue.GetProperty("line").ToString(), row["line"]);
            }
        }

        var dutch = await suite.DownloadAsync($"/api/v1/imports/{id}/issues?format=csv&language=nl", office);
        Assert.Equal("Fout", dutch.Rows[0]["Soort melding"]);
        using var editor = await suite.SendAsync(HttpMethod.Get, $"/api/v1/imports/{id}/issues?format=csv", await suite.EditorTokenAsync(GatewayClient.WerkPro));
        Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
    }

    [Fact]
    public async Task AFileOverTheUsualRequestLimitIsTakenAndOneOverTheImportLimitIs413()
    {
        var office = await suite.OfficeTokenAsync();
        // Lines of an indicator that does not exist: the import reads them all and writes nothing.
        var line = $"onbekende-indicator,{Buurt},2017JJ00,1,definitief,Test\n";
        var large = Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(Enumerable.Repeat(line, (int)(1.5 * 1024 * 1024 / line.Length))));
        var tooLarge = new byte[SuiteFixture.MaxImportFileBytes + 1];

        var key = Guid.NewGuid().ToString();

        using var accepted = await UploadAsync(office, large, "long-csv", idempotencyKey: key);
        // Sent again at once, most likely while the first still runs: the same import either way.
        using var retried = await UploadAsync(office, large, "long-csv", idempotencyKey: key);
        using var refused = await UploadAsync(office, tooLarge, "long-csv");

        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var id = (await accepted.JsonAsync()).GetProperty("id").GetString()!;
        Assert.True(retried.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        Assert.Equal(id, (await retried.JsonAsync()).GetProperty("id").GetString());
        var finished = await WaitUntilFinishedAsync(office, id);
        Assert.Equal(0, finished.GetProperty("observationsWritten").GetInt64());
        Assert.Contains("Gateway:Imports:MaxFileBytes", (await refused.ProblemAsync(413)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ARefusedUploadNamesTheFormField()
    {
        var office = await suite.OfficeTokenAsync();
        var csv = Csv($"{Header}\n{Indicator},{Buurt},2017JJ00,1,definitief,Test\n");

        using var noFile = await UploadAsync(office, null, "long-csv");
        using var unknownFormat = await UploadAsync(office, csv, "xlsx");
        using var noFormat = await UploadAsync(office, csv, null);
        using var unknownMapping = await UploadAsync(office, csv, "cbs-odata-v3", mapping: "geen-bestaande-mapping");
        using var badMappingVersion = await UploadAsync(office, csv, "cbs-odata-v3", mapping: "kwb@nul");
        using var notMultipart = await suite.SendAsync(HttpMethod.Post, "/api/v1/imports", office, new { format = "long-csv" });

        Assert.Equal(["file"], (await noFile.ProblemAsync(400)).Errors());
        Assert.Equal(["format"], (await unknownFormat.ProblemAsync(400)).Errors());
        Assert.Equal(["format"], (await noFormat.ProblemAsync(400)).Errors());
        Assert.Equal(["mapping"], (await unknownMapping.ProblemAsync(400)).Errors());
        Assert.Equal(["mapping"], (await badMappingVersion.ProblemAsync(400)).Errors());
        await notMultipart.ProblemAsync(415);
    }

    [Fact]
    public async Task AFormIsRefusedAtItsFirstUnknownOrRepeatedPart()
    {
        var office = await suite.OfficeTokenAsync();
        var unknownParts = new MultipartFormDataContent { { new StringContent("long-csv"), "format" } };
        var repeated = new MultipartFormDataContent { { new StringContent("long-csv"), "format" }, { new StringContent("long-csv"), "format" } };
        foreach (var form in new[] { unknownParts, repeated })
        {
            for (var i = 1; i <= 50; i++)
            {
                form.Add(new StringContent("x"), $"extra{i}");
            }
        }

        using var unknown = await suite.SendAsync(HttpMethod.Post, "/api/v1/imports", office, unknownParts);
        using var twice = await suite.SendAsync(HttpMethod.Post, "/api/v1/imports", office, repeated);

        Assert.Equal(["extra1"], (await unknown.ProblemAsync(400)).Errors());
        Assert.Equal(["format"], (await twice.ProblemAsync(400)).Errors());
    }

    [Fact]
    public async Task ImportsOverTheGatewaysLimitAre429WithRetryAfterUntilAPlaceIsFree()
    {
        // A token of its own, so the probes below do not eat the other tests' write limit.
        var office = await suite.OfficeTokenAsync();
        var held = new List<(HeldOpenUpload Upload, Task<HttpResponseMessage> Response)>();
        var sent = new List<HeldOpenUpload>();
        try
        {
            // Uploads held open take every place; one that came too early for a place (answered already) is sent again.
            // A form without a file is 400 while there is a place, and takes it only as long as its request.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            HttpResponseMessage busy;
            while (true)
            {
                held.RemoveAll(h => h.Response.IsCompleted);
                while (held.Count < SuiteFixture.MaxConcurrentImports)
                {
                    var upload = new HeldOpenUpload();
                    sent.Add(upload);
                    held.Add((upload, SendHeldOpenAsync(office, upload)));
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200));
                busy = await UploadAsync(office, null, "long-csv");
                if (busy.StatusCode == HttpStatusCode.TooManyRequests && held.All(h => !h.Response.IsCompleted))
                {
                    break;
                }

                busy.Dispose();
                Assert.True(DateTime.UtcNow < deadline, "the held uploads never took every place");
            }

            using (busy)
            {
                var problem = await busy.ProblemAsync(429);
                Assert.Contains("Gateway:Imports:MaxConcurrent", problem.GetProperty("detail").GetString());
                Assert.NotNull(busy.Headers.RetryAfter?.Delta);
            }

            // The held uploads end as forms without a format; their places are free again.
            held.ForEach(h => h.Upload.Finish());
            foreach (var (_, response) in held)
            {
                using var refused = await response;
                Assert.Equal(["format"], (await refused.ProblemAsync(400)).Errors());
            }

            using var free = await UploadAsync(office, null, "long-csv");
            Assert.Equal(["file"], (await free.ProblemAsync(400)).Errors());
        }
        finally
        {
            sent.ForEach(upload => upload.Finish());
        }
    }

    [Fact]
    public async Task PastImportsAreListedNewestFirstWithTheirOutcome()
    {
        var office = await suite.OfficeTokenAsync();
        using var failing = await UploadAsync(office, Csv($"{Header}\n{Indicator},{Buurt},2017JJ00,veel,definitief,Werkzoekenden (listed import)\n"), "long-csv");
        var failed = await WaitUntilFinishedAsync(office, (await failing.JsonAsync()).GetProperty("id").GetString()!);
        using var succeeding = await UploadAsync(office, Csv($"{Header}\n{Indicator},{Buurt},2017JJ00,7.5,definitief,Werkzoekenden (listed import)\n"), "long-csv");
        var succeeded = await WaitUntilFinishedAsync(office, (await succeeding.JsonAsync()).GetProperty("id").GetString()!);

        var first = await suite.GetOkJsonAsync("/api/v1/imports?pageSize=1", office);
        var newest = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(succeeded.GetProperty("id").GetString(), newest.GetProperty("id").GetString());
        Assert.Equal("succeeded", newest.GetProperty("state").GetString());
        Assert.Equal(1, newest.GetProperty("observationsWritten").GetInt64() + newest.GetProperty("observationsUnchanged").GetInt64());
        Assert.Equal("werkzoekenden.csv", newest.GetProperty("fileName").GetString());
        var token = first.GetProperty("nextPageToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));

        var second = await suite.GetOkJsonAsync($"/api/v1/imports?pageSize=1&pageToken={Uri.EscapeDataString(token)}", office);
        var before = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(failed.GetProperty("id").GetString(), before.GetProperty("id").GetString());
        Assert.Equal("failed", before.GetProperty("state").GetString());
        Assert.Equal(failed.GetProperty("errors").ToString(), before.GetProperty("errors").ToString());

        var failures = await suite.GetOkJsonAsync("/api/v1/imports?state=failed&pageSize=50", office);
        Assert.All(failures.GetProperty("items").EnumerateArray(), import => Assert.Equal("failed", import.GetProperty("state").GetString()));
        Assert.Contains(failures.GetProperty("items").EnumerateArray(), import => import.GetProperty("id").GetString() == before.GetProperty("id").GetString());
        var starts = failures.GetProperty("items").EnumerateArray().Select(import => import.GetProperty("startedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(starts.OrderDescending(), starts);
    }

    [Fact]
    public async Task AListOfImportsWithABadStatePageSizeOrTokenIs400NamingTheParameter()
    {
        var office = await suite.OfficeTokenAsync();
        using var badState = await suite.SendAsync(HttpMethod.Get, "/api/v1/imports?state=klaar", office);
        using var tooMany = await suite.SendAsync(HttpMethod.Get, "/api/v1/imports?pageSize=51", office);
        using var badToken = await suite.SendAsync(HttpMethod.Get, "/api/v1/imports?pageToken=AAAA", office);
        using var wrongKey = await suite.SendAsync(HttpMethod.Get, "/api/v1/imports?pageToken=" + Convert.ToBase64String(Encoding.UTF8.GetBytes("12:twee")).TrimEnd('='), office);

        Assert.Equal(["state"], (await badState.ProblemAsync(400)).Errors());
        Assert.Equal(["pageSize"], (await tooMany.ProblemAsync(400)).Errors());
        Assert.Equal(["pageToken"], (await badToken.ProblemAsync(400)).Errors());
        Assert.Equal(["pageToken"], (await wrongKey.ProblemAsync(400)).Errors());
    }

    [Fact]
    public void UploadsACrashedGatewayLeftAreDeletedAtStartButNotOneAnotherGatewayHolds()
    {
        Assert.False(File.Exists(suite.LeftoverUpload));
        Assert.True(File.Exists(suite.HeldUpload.Name));
    }

    [Fact]
    public async Task OnlyTheProgrammeOfficeImportsAndReadsImports()
    {
        var editor = await suite.EditorTokenAsync(GatewayClient.WerkPro);
        var office = await suite.OfficeTokenAsync();
        var csv = Csv($"{Header}\n{Indicator},{Buurt},2017JJ00,1,definitief,Test\n");

        using var anonymous = await UploadAsync(null, csv, "long-csv");
        using var partnerEditor = await UploadAsync(editor, csv, "long-csv");
        using var readAnonymously = await suite.SendAsync(HttpMethod.Get, $"/api/v1/imports/{Guid.NewGuid()}");
        using var readByEditor = await suite.SendAsync(HttpMethod.Get, $"/api/v1/imports/{Guid.NewGuid()}", editor);
        using var unknown = await suite.SendAsync(HttpMethod.Get, $"/api/v1/imports/{Guid.NewGuid()}", office);
        using var notAnId = await suite.SendAsync(HttpMethod.Get, "/api/v1/imports/twee", office);
        using var listAnonymously = await suite.SendAsync(HttpMethod.Get, "/api/v1/imports");
        using var listByEditor = await suite.SendAsync(HttpMethod.Get, "/api/v1/imports", editor);

        await anonymous.ProblemAsync(401);
        await partnerEditor.ProblemAsync(403);
        await readAnonymously.ProblemAsync(401);
        await readByEditor.ProblemAsync(403);
        await unknown.ProblemAsync(404);
        Assert.Equal(["id"], (await notAnId.ProblemAsync(400)).Errors());
        await listAnonymously.ProblemAsync(401);
        await listByEditor.ProblemAsync(403);
    }

    [Fact]
    public async Task TheMappingsAreListedForAnyone()
    {
        var page = await suite.GetOkJsonAsync("/api/v1/imports/mappings");

        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextPageToken").ValueKind);
        Assert.All(page.GetProperty("items").EnumerateArray(), mapping =>
        {
            Assert.False(string.IsNullOrEmpty(mapping.GetProperty("name").GetString()));
            Assert.True(mapping.GetProperty("version").GetInt32() >= 1);
            Assert.Contains(mapping.GetProperty("format").GetString(), new[] { "cbs_odata_v3", "cbs_odata_v4", "statline_csv", "leefbaarometer_csv", "long_csv" });
        });
        var rivm = Assert.Single(page.GetProperty("items").EnumerateArray(), m => m.GetProperty("name").GetString() == "rivm-50090ned-18plus");
        Assert.Equal(("50090NED", "cbs_third_party"), (rivm.GetProperty("table").GetString(), rivm.GetProperty("catalog").GetString()));
        var leefbaarometer = page.GetProperty("items").EnumerateArray().First(m => m.GetProperty("format").GetString() == "leefbaarometer_csv");
        Assert.Equal(JsonValueKind.Null, leefbaarometer.GetProperty("table").ValueKind);
    }

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<HttpResponseMessage> UploadAsync(
        string? token, byte[]? file, string? format, string? mapping = null, string? idempotencyKey = null)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(part, "file", "werkzoekenden.csv");
        }

        if (format is not null)
        {
            form.Add(new StringContent(format), "format");
        }

        if (mapping is not null)
        {
            form.Add(new StringContent(mapping), "mapping");
        }

        return await suite.SendAsync(HttpMethod.Post, "/api/v1/imports", token, form, idempotencyKey: idempotencyKey);
    }

    /// <summary>A form of text fields, and a file when one is given.</summary>
    private async Task<HttpResponseMessage> StartAsync(
        string token, IEnumerable<(string Name, string Value)> fields, string? idempotencyKey = null, byte[]? file = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "file", "cijfers.csv");
        }

        return await suite.SendAsync(HttpMethod.Post, "/api/v1/imports", token, form, idempotencyKey: idempotencyKey);
    }

    private async Task<HttpResponseMessage> SendHeldOpenAsync(string token, HeldOpenUpload upload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = upload };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await suite.Gateway.SendAsync(request);
    }

    /// <summary>A form whose file part is sent in part, the rest (and no format) only when <see cref="Finish"/> is called.</summary>
    private sealed class HeldOpenUpload : HttpContent
    {
        private const string Boundary = "held-open-upload";
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldOpenUpload() => Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");

        public void Finish() => _finish.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"held.csv\"\r\n\r\n{Header}\n"));
            await stream.FlushAsync();
            await _finish.Task;
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private Task<JsonElement> WaitUntilFinishedAsync(string token, string id) => suite.WaitUntilImportFinishedAsync(token, id, FinishTimeout);

    /// <summary>The 2017 figures of the indicator in the buurt and the wijk, by area.</summary>
    private async Task<Dictionary<string, (double? Value, string Status, string Source)>> SeriesAsync()
    {
        var series = await suite.GetOkJsonAsync($"/api/v1/indicators/{Indicator}/series?area={Buurt}&area={Wijk}&from=2017&to=2017");
        return series.GetProperty("series").EnumerateArray()
            .SelectMany(area => area.GetProperty("points").EnumerateArray()
                .Where(point => !point.GetProperty("derived").GetBoolean())
                .Select(point => (Area: area.GetProperty("areaCode").GetString()!, Point: point)))
            .ToDictionary(
                figure => figure.Area,
                figure => (
                    figure.Point.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : figure.Point.GetProperty("value").GetDouble(),
                    figure.Point.GetProperty("status").GetString()!,
                    figure.Point.GetProperty("source").GetString()!));
    }
}
