using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Nplv.IntegrationTests.Telemetry;

/// <summary>Logs an operator can search by field and follow to their trace, with nothing in them to leak.</summary>
[Collection(SuiteCollection.Name)]
public sealed class LogTests(SuiteFixture suite)
{
    [Fact]
    public async Task ALogRecordIsStructuredAndCarriesTheTraceOfItsRequest()
    {
        var office = await suite.OfficeTokenAsync();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/measures/{Guid.NewGuid()}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", office);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await suite.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var record = await suite.Telemetry.WaitForAsync(
            telemetry => telemetry.Logs.FirstOrDefault(log =>
                log.Service == "gateway" && log.TraceId == traceId && log.Attributes.ContainsKey("GrpcStatus")),
            $"the gateway's warning about the failed call in trace {traceId}");

        Assert.Equal("Warning", record.Severity);
        Assert.Equal("NotFound", record.Attributes["GrpcStatus"]);
        Assert.Equal("404", record.Attributes["HttpStatus"]);
        Assert.NotEmpty(record.SpanId);
        Assert.Contains(suite.Telemetry.Spans, span => span.TraceId == traceId && span.SpanId == record.SpanId);
    }

    [Fact]
    public async Task NoLogRecordOrSpanHoldsATokenOrAContactsPersonalData()
    {
        var office = await suite.OfficeTokenAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];
        var contact = new { name = $"Jantje Kamphuis {marker}", function = "wijkcoach", email = $"jantje.{marker}@voorbeeld.example" };
        var partner = new { name = GatewayClient.NewPartner("Buurtteam"), type = "welzijn", role = "begeleiding", contacts = new[] { contact } };
        using var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", office, partner);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // A change the service refuses logs a warning about the very request that carries the contact and the token.
        var unknownId = Guid.NewGuid().ToString();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/partners/{unknownId}") { Content = JsonContent.Create(partner) };
        change.Headers.Authorization = new AuthenticationHeaderValue("Bearer", office);
        change.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        change.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var unknown = await suite.Gateway.SendAsync(change);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var forged = office[..office.LastIndexOf('.')] + "." + marker + "forgedsignature";
        using var refused = await suite.SendAsync(HttpMethod.Post, "/api/v1/partners", forged, new { name = contact.name });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        // Once the gateway's warning and the partners service's span of that change are in, so is what both wrote
        // before them.
        await suite.Telemetry.WaitForAsync(
            telemetry => telemetry.Logs.FirstOrDefault(log => log.Service == "gateway" && log.TraceId == traceId && log.Attributes.ContainsKey("GrpcStatus")),
            "the gateway's warning about the unknown partner");
        await suite.Telemetry.WaitForAsync(
            telemetry => telemetry.Spans.FirstOrDefault(span => span.Service == "partners" && span.TraceId == traceId && span.Kind == SpanKind.Server),
            "the partners service's span of the change");

        var secrets = new[] { office, office.Split('.')[2], forged.Split('.')[2], contact.name, contact.email, marker };
        Assert.All(suite.Telemetry.Logs, log => Assert.DoesNotContain(log.Texts(), text => secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal))));
        Assert.All(suite.Telemetry.Spans, span => Assert.DoesNotContain(span.Attributes.Values, text => secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal))));
    }
}
