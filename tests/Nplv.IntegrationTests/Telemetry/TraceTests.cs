using System.Diagnostics;
using System.Net;

namespace Nplv.IntegrationTests.Telemetry;

/// <summary>What an operator follows in the Aspire dashboard: one gateway request as one tree of spans.</summary>
[Collection(SuiteCollection.Name)]
public sealed class TraceTests(SuiteFixture suite)
{
    private static readonly string[] Services = ["measures", "partners", "indicators"];

    [Fact]
    public async Task AGatewayRequestIsOneTreeFromTheGatewayThroughEachServiceToItsSqlStatements()
    {
        var office = await suite.OfficeTokenAsync();
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/measures", office,
            MeasuresRoutesTests.Measure("Traceerbare maatregel " + Guid.NewGuid().ToString("N")[..6], GatewayClient.GemeenteGroningen));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;

        // The caller's own span, as a frontend with tracing would send it: the gateway's span hangs below it.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var callerSpanId = ActivitySpanId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/measures/{id}/overview");
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpanId}-01");
        using var response = await suite.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var trace = await suite.Telemetry.WaitForAsync(
            telemetry => CompleteTrace(telemetry, traceId, callerSpanId), $"trace {traceId} whole, down to each service's SQL");

        var root = Assert.Single(trace.Values, span => span.ParentSpanId == callerSpanId);
        Assert.Equal(("gateway", SpanKind.Server), (root.Service, root.Kind));
        Assert.All(trace.Values, span => Assert.True(
            span == root || trace.ContainsKey(span.ParentSpanId),
            $"{span.Service} span '{span.Name}' hangs below {span.ParentSpanId}, which is not in the trace"));
        foreach (var service in Services)
        {
            var served = trace.Values.Where(span => span.Service == service && span.Kind == SpanKind.Server).ToList();
            Assert.NotEmpty(served);
            Assert.All(served, span =>
            {
                var caller = trace[span.ParentSpanId];
                Assert.Equal(("gateway", SpanKind.Client), (caller.Service, caller.Kind));
                Assert.Contains(root, Ancestors(trace, caller));
            });

            var statements = trace.Values.Where(span => span.Service == service && span.Scope == "Npgsql").ToList();
            Assert.NotEmpty(statements);
            Assert.All(statements, statement =>
            {
                Assert.Equal(SpanKind.Client, statement.Kind);
                Assert.Contains(Ancestors(trace, statement), span => served.Contains(span));
            });
        }
    }

    /// <summary>The trace's spans by id, once the gateway's and every service's server and SQL spans are in, and no span waits for its parent.</summary>
    private static Dictionary<string, CollectedSpan>? CompleteTrace(TelemetryCollector telemetry, string traceId, string callerSpanId)
    {
        var trace = telemetry.Spans.Where(span => span.TraceId == traceId).ToDictionary(span => span.SpanId);
        var whole = trace.Values.Any(span => span.Service == "gateway" && span.ParentSpanId == callerSpanId)
            && trace.Values.All(span => span.ParentSpanId == callerSpanId || trace.ContainsKey(span.ParentSpanId))
            && Services.All(service =>
                trace.Values.Any(span => span.Service == service && span.Kind == SpanKind.Server)
                && trace.Values.Any(span => span.Service == service && span.Scope == "Npgsql"));
        return whole ? trace : null;
    }

    private static IEnumerable<CollectedSpan> Ancestors(Dictionary<string, CollectedSpan> trace, CollectedSpan span)
    {
        while (trace.TryGetValue(span.ParentSpanId, out var parent))
        {
            yield return parent;
            span = parent;
        }
    }
}
