using System.Net;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Nplv.IntegrationTests;

/// <summary>The reporting cycle over REST: periods, a measure's report, its review, and who has reported.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ReportsRoutesTests(SuiteFixture suite)
{
    private static int s_nextYear = 2000;

    /// <summary>A half year of its own for each test (the suite's database is shared), long past and long due.</summary>
    public static string NewPeriodCode() => $"{Interlocked.Increment(ref s_nextYear)}-H1";

    /// <summary>The period of <paramref name="code"/>, open from June and due at the end of July of its year.</summary>
    public static object Period(string code, string? dueOn = null) => new { code, opensOn = $"{code[..4]}-06-01", dueOn = dueOn ?? $"{code[..4]}-07-31" };

    public static object Report(string done = "Twaalf taalgroepen in Selwerd.", string? rating = "risico") => new
    {
        done,
        obstacles = "Te weinig vrijwilligers in de zomer.",
        nextSteps = "Werving bij de buurtkamer.",
        rating,
        spending = new[] { new { fundingLine = 0, spentCents = 8_000_000L } },
        reach = new[] { new { areaCode = "WK001410", people = 120, description = "deelnemers taalgroep" } },
        milestones = new[] { new { milestone = 0, done = false, movedTo = "2026-03-31", reason = "Locatie later beschikbaar." } },
    };

    /// <summary>A planned measure led by the gemeente with WerkPro taking part, from 2000 on: every test period expects its report.</summary>
    public async Task<string> RunningMeasureAsync(string office, string title, string participant = GatewayClient.WerkPro)
    {
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office, RunningMeasure(title, participant));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>A planned measure without an end that started long ago, so it expects a report for any period.</summary>
    public static Dictionary<string, object?> RunningMeasure(string title, string participant = GatewayClient.WerkPro)
    {
        var measure = JsonSerializer.SerializeToElement(MeasuresRoutesTests.Measure(title, GatewayClient.GemeenteGroningen, "gepland", participant: participant));
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(measure)!;
        body["startDate"] = "2000-01-01";
        body["endDate"] = null;
        return body;
    }

    [Fact]
    public async Task AReportIsWrittenReturnedWithAReasonResubmittedAndApproved()
    {
        var office = await suite.OfficeTokenAsync("Petra Bureau");
        var editor = await suite.EditorTokenAsync(GatewayClient.WerkPro, "Wim WerkPro");
        var code = NewPeriodCode();
        using (var period = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, Period(code)))
        {
            Assert.Equal(HttpStatusCode.Created, period.StatusCode);
            var created = await period.JsonAsync();
            Assert.Equal($"{code[..4]}-01-01", created.GetProperty("startDate").GetString());
            Assert.Equal($"{code[..4]}-06-30", created.GetProperty("endDate").GetString());
            Assert.Equal($"{code[..4]}, eerste helft", created.GetProperty("name").GetString());
        }

        var id = await RunningMeasureAsync(office, "Taalgroepen " + Guid.NewGuid().ToString("N")[..6]);
        var path = $"/api/v1/measures/{id}/reports/{code}";

        // Due long ago and not written: late.
        var before = Expected(await suite.GetOkJsonAsync($"/api/v1/periods/{code}/reports", editor), id);
        Assert.True(before.GetProperty("expected").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("state").ValueKind);
        Assert.True(before.GetProperty("late").GetBoolean());

        using var written = await suite.SendAsync(HttpMethod.Put, path, editor, Report());
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var report = await written.JsonAsync();
        Assert.Equal("concept", report.GetProperty("state").GetString());
        Assert.Equal("Wim WerkPro", report.GetProperty("lastEditor").GetProperty("name").GetString());
        Assert.Equal(8_000_000L, report.GetProperty("spending")[0].GetProperty("spentCents").GetInt64());
        Assert.Equal("2026-03-31", report.GetProperty("milestones")[0].GetProperty("movedTo").GetString());
        var tag = written.Headers.ETag!.Tag;

        // The editor may not approve; the refusal changes nothing.
        using (var approvedByEditor = await suite.SendAsync(HttpMethod.Post, $"{path}/transitions", editor, new { toState = "goedgekeurd" }, ifMatch: tag))
        {
            await approvedByEditor.ProblemAsync(409);
        }

        tag = await MoveAsync(path, editor, tag, "ingediend");
        using (var approvedByEditor = await suite.SendAsync(HttpMethod.Post, $"{path}/transitions", editor, new { toState = "goedgekeurd" }, ifMatch: tag))
        {
            await approvedByEditor.ProblemAsync(403);
        }

        using (var returnedWithoutReason = await suite.SendAsync(HttpMethod.Post, $"{path}/transitions", office, new { toState = "teruggestuurd" }, ifMatch: tag))
        {
            var problem = await returnedWithoutReason.ProblemAsync(400);
            Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _), problem.ToString());
        }

        Assert.Equal(tag, (await GetAsync(path, editor)).Tag);
        tag = await MoveAsync(path, office, tag, "teruggestuurd", "Het bedrag voor de vrijwilligers ontbreekt.");

        // Writing a returned report takes it back into concept.
        using (var changed = await suite.SendAsync(HttpMethod.Put, path, editor, Report("Twaalf taalgroepen, 4.000 euro voor vrijwilligers."), ifMatch: tag))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal("concept", (await changed.JsonAsync()).GetProperty("state").GetString());
            tag = changed.Headers.ETag!.Tag;
        }

        tag = await MoveAsync(path, editor, tag, "ingediend");
        tag = await MoveAsync(path, office, tag, "goedgekeurd");

        // Approved is locked.
        using (var locked = await suite.SendAsync(HttpMethod.Put, path, editor, Report("Later nog iets."), ifMatch: tag))
        {
            await locked.ProblemAsync(409);
        }

        var (final, _) = await GetAsync(path, editor);
        Assert.Equal("goedgekeurd", final.GetProperty("state").GetString());
        var steps = final.GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("fromState").GetString()}>{e.GetProperty("toState").GetString()} {e.GetProperty("actor").GetProperty("name").GetString()} {e.GetProperty("reason").GetString()}".Trim())
            .ToList();
        Assert.Equal(
            [
                "concept>ingediend Wim WerkPro",
                "ingediend>teruggestuurd Petra Bureau Het bedrag voor de vrijwilligers ontbreekt.",
                "teruggestuurd>concept Wim WerkPro",
                "concept>ingediend Wim WerkPro",
                "ingediend>goedgekeurd Petra Bureau",
            ],
            steps);

        // The measure's history holds every step of its report, newest first, with who and why.
        var history = (await suite.GetOkJsonAsync($"/api/v1/measures/{id}/history", editor)).GetProperty("items").EnumerateArray()
            .Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("label").GetString()} {c.GetProperty("action").GetString()} {c.GetProperty("actor").GetProperty("name").GetString()} {c.GetProperty("reason").GetString()}".Trim())
            .ToList();
        Assert.Equal(
            [
                $"report {code} goedgekeurd Petra Bureau",
                $"report {code} ingediend Wim WerkPro",
                $"report {code} concept Wim WerkPro",
                $"report {code} teruggestuurd Petra Bureau Het bedrag voor de vrijwilligers ontbreekt.",
                $"report {code} ingediend Wim WerkPro",
                $"report {code} created Wim WerkPro",
                "measure  created Petra Bureau",
            ],
            history);
        var reportHistory = await suite.GetOkJsonAsync($"{path}/history", editor);
        var rewritten = reportHistory.GetProperty("items")[2];
        var done = rewritten.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "content.done");
        Assert.Equal("Twaalf taalgroepen in Selwerd.", done.GetProperty("before").GetString());
        Assert.Equal("Twaalf taalgroepen, 4.000 euro voor vrijwilligers.", done.GetProperty("after").GetString());
        Assert.Contains(rewritten.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "state");
        Assert.Matches("^[0-9a-f]{32}$", rewritten.GetProperty("traceId").GetString());

        var after = Expected(await suite.GetOkJsonAsync($"/api/v1/periods/{code}/reports", office), id);
        Assert.Equal("goedgekeurd", after.GetProperty("state").GetString());
        Assert.False(after.GetProperty("late").GetBoolean());
        var listed = await suite.GetOkJsonAsync($"/api/v1/measures/{id}/reports", editor);
        Assert.Equal(code, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("period").GetString());

        // The review's record cannot be changed or emptied, not even by the service's own database user.
        // Unpooled: a fault test may have ended the pool's connections.
        var connectionString = new NpgsqlConnectionStringBuilder(await suite.App.GetConnectionStringAsync("measuresdb")) { Pooling = false };
        await using (var database = new NpgsqlConnection(connectionString.ConnectionString))
        {
            await database.OpenAsync();
            foreach (var change in new[]
            {
                $"UPDATE report_events SET reason = 'anders' WHERE measure_id = '{id}'",
                $"DELETE FROM report_events WHERE measure_id = '{id}'",
                "TRUNCATE report_events CASCADE",
            })
            {
                await using var command = new NpgsqlCommand(change, database);
                var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            }
        }

        Assert.Equal(steps.Count, (await GetAsync(path, editor)).Report.GetProperty("events").GetArrayLength());

        // A measure with reports keeps them: it cannot be deleted.
        using var measure = await suite.Gateway.GetAsync($"/api/v1/measures/{id}");
        using var deleted = await suite.SendAsync(HttpMethod.Delete, $"/api/v1/measures/{id}", office, ifMatch: measure.Headers.ETag!.Tag);
        await deleted.ProblemAsync(409);
    }

    [Fact]
    public async Task OnlyTheMeasuresPartnersWriteItsReportAndTwoEditsOfOneVersionCannotBothWin()
    {
        var office = await suite.OfficeTokenAsync();
        var code = NewPeriodCode();
        using (var period = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, Period(code)))
        {
            Assert.Equal(HttpStatusCode.Created, period.StatusCode);
        }

        using (var again = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, Period(code, dueOn: $"{code[..4]}-08-31")))
        {
            await again.ProblemAsync(409);
        }

        var id = await RunningMeasureAsync(office, "Schuldhulp " + Guid.NewGuid().ToString("N")[..6]);
        var path = $"/api/v1/measures/{id}/reports/{code}";
        using (var outsider = await suite.SendAsync(HttpMethod.Put, path, await suite.EditorTokenAsync(GatewayClient.AlfaCollege), Report()))
        {
            await outsider.ProblemAsync(403);
        }

        using (var missing = await suite.Gateway.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        }

        var editor = await suite.EditorTokenAsync(GatewayClient.WerkPro);
        using var written = await suite.SendAsync(HttpMethod.Put, path, editor, Report());
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        using (var twice = await suite.SendAsync(HttpMethod.Put, path, editor, Report("Iets anders.")))
        {
            await twice.ProblemAsync(409);
        }

        // Two editors change the version they both read: one wins, the other is told to read again.
        var tag = written.Headers.ETag!.Tag;
        var answers = await Task.WhenAll(
            suite.SendAsync(HttpMethod.Put, path, editor, Report("Versie A."), ifMatch: tag),
            suite.SendAsync(HttpMethod.Put, path, office, Report("Versie B."), ifMatch: tag));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], answers.Select(a => a.StatusCode).Order());
        var winner = await answers.Single(a => a.StatusCode == HttpStatusCode.OK).JsonAsync();
        Assert.Equal(winner.GetProperty("done").GetString(), (await GetAsync(path, editor)).Report.GetProperty("done").GetString());
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        // Submitting needs what was done and how the measure stands.
        var current = (await GetAsync(path, editor)).Tag;
        using (var emptied = await suite.SendAsync(HttpMethod.Put, path, editor, Report(done: "", rating: null), ifMatch: current))
        {
            Assert.Equal(HttpStatusCode.OK, emptied.StatusCode);
            current = emptied.Headers.ETag!.Tag;
        }

        using var incomplete = await suite.SendAsync(HttpMethod.Post, $"{path}/transitions", editor, new { toState = "ingediend" }, ifMatch: current);
        var problem = await incomplete.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("done", out _), problem.ToString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("rating", out _), problem.ToString());
    }

    [Fact]
    public async Task ABadReportIsRefusedNamingItsFieldsAndNothingIsWritten()
    {
        var office = await suite.OfficeTokenAsync();
        var code = NewPeriodCode();
        using (var period = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, Period(code)))
        {
            Assert.Equal(HttpStatusCode.Created, period.StatusCode);
        }

        var id = await RunningMeasureAsync(office, "Buurtsport " + Guid.NewGuid().ToString("N")[..6]);
        var bad = new
        {
            done = "Gedaan.",
            rating = "prima",
            spending = new[] { new { fundingLine = 3, spentCents = 100L } },
            reach = new[] { new { areaCode = "WK001499", people = 0, description = "" } },
            milestones = new[] { new { milestone = 0, done = false, movedTo = "2026-13-01", reason = "" } },
        };
        using (var refused = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}/reports/{code}", office, bad))
        {
            var errors = (await refused.ProblemAsync(400)).GetProperty("errors");
            Assert.True(errors.TryGetProperty("rating", out _), errors.ToString());
        }

        var contentErrors = new { done = "Gedaan.", rating = "op_schema", bad.spending, bad.reach, milestones = new[] { new { milestone = 0, done = false, movedTo = "2026-04-01", reason = " " } } };
        using (var refused = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}/reports/{code}", office, contentErrors))
        {
            var errors = (await refused.ProblemAsync(400)).GetProperty("errors");
            foreach (var field in new[] { "spending[0].fundingLine", "reach[0].areaCode", "reach[0].people", "milestones[0].reason" })
            {
                Assert.True(errors.TryGetProperty(field, out _), $"{field} in {errors}");
            }
        }

        using (var badPeriod = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}/reports/2025-H3", office, Report()))
        {
            Assert.True((await badPeriod.ProblemAsync(400)).GetProperty("errors").TryGetProperty("period", out _));
        }

        using (var unknownPeriod = await suite.SendAsync(HttpMethod.Put, $"/api/v1/measures/{id}/reports/2099-Q4", office, Report()))
        {
            await unknownPeriod.ProblemAsync(404);
        }

        using (var badDates = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, new { code = "2025-H3", opensOn = "2025-07-01", dueOn = "2025-06-01" }))
        {
            var errors = (await badDates.ProblemAsync(400)).GetProperty("errors");
            Assert.True(errors.TryGetProperty("code", out _) && errors.TryGetProperty("dueOn", out _), errors.ToString());
        }

        using var none = await suite.Gateway.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/measures/{id}/reports")
        {
            Headers = { Authorization = new("Bearer", office) },
        });
        Assert.Empty((await none.JsonAsync()).GetProperty("items").EnumerateArray());
    }

    private async Task<string> MoveAsync(string path, string token, string tag, string toState, string? reason = null)
    {
        using var moved = await suite.SendAsync(HttpMethod.Post, $"{path}/transitions", token, new { toState, reason }, ifMatch: tag);
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        Assert.Equal(toState, (await moved.JsonAsync()).GetProperty("state").GetString());
        return moved.Headers.ETag!.Tag;
    }

    private async Task<(JsonElement Report, string Tag)> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = new("Bearer", token) } };
        using var response = await suite.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync(), response.Headers.ETag!.Tag);
    }

    private static JsonElement Expected(JsonElement overview, string measureId)
        => overview.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("measureId").GetString() == measureId);
}
