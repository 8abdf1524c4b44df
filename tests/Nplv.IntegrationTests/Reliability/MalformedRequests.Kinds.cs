using System.Text;
using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

internal sealed partial class MalformedRequests
{
    /// <summary>An import's record, or its errors and warnings as a table.</summary>
    private static readonly string[] ImportReads = ["", "", "/issues", "/issues?format=csv&language=nl"];

    private static readonly string[] WrongContentTypes =
    [
        "text/plain", "text/plain; charset=utf-8", "application/xml", "text/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/octet-stream", "text/html", "application/jsonx", "application/json-seq",
        "json", "image/png", "text/csv",
    ];

    private static readonly string[] BadIdempotencyKeys =
        ["", "   ", "\"\"", "\" \"", "a b", "sleutel\tmet-tab", "Robert'); DROP TABLE partners;--"];

    private static readonly (HttpMethod Method, string Path)[] UnsupportedMethods =
    [
        (HttpMethod.Patch, "/api/v1/partners/" + GatewayClient.WerkPro), (HttpMethod.Put, "/api/v1/partners"),
        (HttpMethod.Delete, "/api/v1/partners"), (HttpMethod.Post, "/api/v1/partners/" + GatewayClient.WerkPro),
        (HttpMethod.Put, "/api/v1/measures"), (HttpMethod.Delete, "/api/v1/measures"), (HttpMethod.Put, "/api/v1/indicators"),
        (HttpMethod.Post, "/api/v1/indicators/geregistreerde-werkzoekenden"),
        (HttpMethod.Delete, "/api/v1/indicators/geregistreerde-werkzoekenden"),
        (HttpMethod.Delete, "/api/v1/indicators/geregistreerde-werkzoekenden/targets/WK001409"),
        (HttpMethod.Post, "/api/v1/indicators/geregistreerde-werkzoekenden/targets"), (HttpMethod.Post, "/api/v1/areas"),
        (HttpMethod.Put, "/api/v1/areas/GM0014"), (HttpMethod.Delete, "/api/v1/areas/GM0014/dashboard"),
        (HttpMethod.Post, "/api/v1/programme"), (HttpMethod.Put, "/api/v1/imports/mappings"),
    ];

    /// <summary>A create or a whole replacement whose body has a defect of <paramref name="kind"/>.</summary>
    private MalformedRequest BodyRequest(string kind)
    {
        var replace = _random.Next(3) == 0;
        var partner = _random.Next(2) == 0;
        var defects = (partner ? MalformedPartnerBodies.Defects : MalformedMeasureBodies.Defects)
            .Concat(replace && !partner ? MalformedMeasureBodies.ReplacementDefects : [])
            .Where(defect => kind is "broken-json" or "extra-fields" || defect.Kind == kind)
            .ToArray();
        if (defects.Length == 0)
        {
            return BodyRequest(kind);
        }

        var existing = partner ? AnyPartner() : AnyMeasure();
        var body = replace ? existing.Input.DeepClone().AsObject() : partner ? ValidPartner() : ValidMeasure();
        var content = kind == "broken-json"
            ? new RequestBody(BrokenJson.From(BodyDefect.ToJson(body), _random), RequestBody.Json)
            : Defective(body, _random.Pick(defects), extraFields: kind == "extra-fields");
        var collection = partner ? "/api/v1/partners" : "/api/v1/measures";
        return replace
            ? Request(kind, HttpMethod.Put, $"{collection}/{existing.Id}", OfficeWrite(), content, Expect.Status(400),
                IfMatch(_random.Next(2) == 0 ? existing.ETag : "*"))
            : Request(kind, HttpMethod.Post, collection, OfficeWrite(), content, Expect.Status(400));
    }

    private RequestBody Defective(JsonObject body, BodyDefect defect, bool extraFields)
    {
        defect.Apply(body, _random);
        if (extraFields)
        {
            BodyDefect.AddExtraFields(body, _random);
        }

        return Json(body);
    }

    /// <summary>
    /// Over the gateway's 1 MiB: refused while it is read. With a length, the client waits for 100 Continue, so the
    /// 413 comes before the body is sent; without one (chunked), the gateway learns the size only by reading.
    /// </summary>
    private MalformedRequest OversizeBody()
    {
        var write = ValidWrite();
        var chunked = _random.Next(2) == 0;
        var name = _random.Huge((1024 * 1024) + 1 + (chunked ? _random.Next(64) : _random.Next(512 * 1024)));
        var body = new RequestBody(Encoding.UTF8.GetBytes($"{{\"name\":\"{name}\"}}"), RequestBody.Json, Chunked: chunked);
        return Request("oversize-body", write.Method, write.Path, OfficeWrite(), body, Expect.Status(413), [.. write.Headers, new("Expect", "100-continue")]);
    }

    private MalformedRequest BadToken()
    {
        var credential = _random.Next(8) == 0 ? Credential.None : BadTokens.Any(_random);
        if (_badTokenWrites < BadTokenWrites && _random.Next(15) == 0)
        {
            _badTokenWrites++;
            var write = _random.Next(4) == 0
                ? (Path: "/api/v1/measures/" + AnyMeasure().Id, Method: HttpMethod.Delete, Body: (RequestBody?)null, Headers: new[] { IfMatch("\"0\"") })
                : ValidWrite();
            return Request("bad-token", write.Method, write.Path, credential, write.Body, Expect.Status(401), write.Headers);
        }

        // Without NUL characters, which the server refuses in any path before it looks at the token.
        var id = _random.Next(4) == 0 ? _random.AnyBadUuid().Replace("\u0000", "", StringComparison.Ordinal) : _random.UnknownId();
        var read = _random.Next(5) == 0 ? "/api/v1/imports" : "/api/v1/imports/" + Uri.EscapeDataString(id) + _random.Pick(ImportReads);
        return Request("bad-token", HttpMethod.Get, read, credential, null, Expect.Status(401));
    }

    /// <summary>A partner editor (of WerkPro) doing what only the programme office, or another partner's editor, may.</summary>
    private MalformedRequest Forbidden()
    {
        const string Kind = "forbidden-role";
        var others = _known.Measures.Where(m => m.LeadPartnerId != GatewayClient.WerkPro).ToList();
        var otherPartner = _random.Pick(_known.Partners.Where(p => p.Id != GatewayClient.WerkPro).ToList());
        var forbidden = Expect.Status(403);
        switch (_random.Next(7))
        {
            case 0:
                return Request(Kind, HttpMethod.Post, "/api/v1/partners", EditorWrite(), Json(ValidPartner()), forbidden);
            case 1:
                return Request(Kind, HttpMethod.Delete, "/api/v1/partners/" + AnyPartner().Id, EditorWrite(), null, forbidden, IfMatch(AnyPartner().ETag));
            case 2:
                return Request(Kind, HttpMethod.Put, "/api/v1/partners/" + otherPartner.Id, EditorWrite(),
                    Json(otherPartner.Input.DeepClone().AsObject()), forbidden, IfMatch(otherPartner.ETag));
            case 3:
                return Request(Kind, HttpMethod.Post, "/api/v1/measures", EditorWrite(), Json(ValidMeasure()), forbidden);
            case 4:
                var measure = AnyMeasure();
                var handedOver = measure.Input.DeepClone().AsObject();
                handedOver["leadPartnerId"] = GatewayClient.GemeenteGroningen;
                return Request(Kind, HttpMethod.Put, "/api/v1/measures/" + measure.Id, EditorWrite(), Json(handedOver), forbidden, IfMatch(measure.ETag));
            case 5 when others.Count > 0:
                var other = _random.Pick(others);
                return Request(Kind, HttpMethod.Delete, "/api/v1/measures/" + other.Id, EditorWrite(), null, forbidden, IfMatch(other.ETag));
            default:
                var read = _random.Next(2) == 0 ? "/api/v1/imports" : "/api/v1/imports/" + _random.UnknownId() + _random.Pick(ImportReads);
                return Request(Kind, HttpMethod.Get, read, new Credential(CredentialKind.Editor), null, forbidden);
        }
    }

    private MalformedRequest BadRouteId()
    {
        if (_random.Next(10) < 7)
        {
            return _queries.ReadWithBadId();
        }

        var (id, status) = _queries.BadId();
        var path = _random.Next(2) == 0 ? "/api/v1/partners/" : "/api/v1/measures/";
        var escaped = Uri.EscapeDataString(id);
        return _random.Next(3) switch
        {
            0 => Request(MalformedQueries.BadRouteId, HttpMethod.Delete, path + escaped, OfficeWrite(), null, Expect.Status(status), IfMatch("\"1\"")),
            1 => Request(MalformedQueries.BadRouteId, HttpMethod.Get, "/api/v1/imports/" + escaped + _random.Pick(ImportReads), OfficeRead, null, Expect.Status(status)),
            _ => Request(MalformedQueries.BadRouteId, HttpMethod.Put, path + escaped, OfficeWrite(),
                Json(path.Contains("partners", StringComparison.Ordinal) ? ValidPartner() : ValidMeasure()), Expect.Status(status), IfMatch("\"1\"")),
        };
    }

    /// <summary>A change of a partner or measure that exists, with a valid body and an If-Match that is not its version (412) or none (428).</summary>
    private MalformedRequest BadIfMatch()
    {
        var partner = _random.Next(2) == 0;
        var existing = partner ? AnyPartner() : AnyMeasure();
        var path = $"/api/v1/{(partner ? "partners" : "measures")}/{existing.Id}";
        var version = existing.Version;
        string[] stale =
        [
            "\"0\"", $"\"{version + 1}\"", $"\"{version + 1000}\"", $"W/\"{version}\"", "abc", "\"", "\"\"", $"{version}",
            "\"-1\"", $"\"{version}.0\"", $"\"{version} \"", $"\" {version}\"", $"\"00{version}\"", "", "\"9223372036854775808\"",
            $"W/\"{version}\", \"{version + 1}\"", "*x", "\"*\"", BadValues.Injections[1],
        ];
        var missing = _random.Next(6) == 0;
        var headers = missing ? Array.Empty<KeyValuePair<string, string>>() : [IfMatch(_random.Pick(stale))];
        var expected = Expect.Status(missing ? 428 : 412);
        return _random.Next(2) == 0
            ? Request("bad-if-match", HttpMethod.Delete, path, OfficeWrite(), null, expected, headers)
            : Request("bad-if-match", HttpMethod.Put, path, OfficeWrite(), Json(existing.Input.DeepClone().AsObject()), expected, headers);
    }

    /// <summary>A valid create with an Idempotency-Key that is empty, too long, not visible ASCII, or given twice.</summary>
    private MalformedRequest BadIdempotencyKey()
    {
        var path = _random.Next(2) == 0 ? "/api/v1/partners" : "/api/v1/measures";
        var body = Json(path.EndsWith("partners", StringComparison.Ordinal) ? ValidPartner() : ValidMeasure());
        KeyValuePair<string, string>[] headers = _random.Next(4) switch
        {
            0 => [new("Idempotency-Key", _random.Longer(255))],
            1 => [new("Idempotency-Key", _random.UnknownId()), new("Idempotency-Key", _random.UnknownId())],
            _ => [new("Idempotency-Key", _random.Pick(BadIdempotencyKeys))],
        };
        return Request("bad-idempotency-key", HttpMethod.Post, path, OfficeWrite(), body, Expect.Status(400), headers);
    }

    private MalformedRequest WrongContentType()
    {
        var write = ValidWrite();
        var contentType = _random.Next(10) == 0 ? null : _random.Pick(WrongContentTypes);
        return Request("wrong-content-type", write.Method, write.Path, OfficeWrite(), write.Body with { ContentType = contentType }, Expect.Status(415), write.Headers);
    }

    private MalformedRequest WrongMethod()
    {
        var (method, path) = _random.Pick(UnsupportedMethods);
        var body = method == HttpMethod.Delete ? null : Json(ValidPartner());
        return Request("wrong-method", method, path, OfficeWrite(), body, Expect.Status(405));
    }

    private MalformedRequest BadIndicatorWrite()
    {
        var (method, path, body, ifMatch, status) = _indicatorWrites.Next();
        return ifMatch is null
            ? Request(MalformedIndicatorWrites.Kind, method, path, OfficeWrite(), body, Expect.Status(status))
            : Request(MalformedIndicatorWrites.Kind, method, path, OfficeWrite(), body, Expect.Status(status), IfMatch(ifMatch));
    }

    private MalformedRequest BadReportWrite()
    {
        var (method, path, body, ifMatch, status) = _reportWrites.Next();
        return ifMatch is null
            ? Request(MalformedReportWrites.Kind, method, path, OfficeWrite(), body, Expect.Status(status))
            : Request(MalformedReportWrites.Kind, method, path, OfficeWrite(), body, Expect.Status(status), IfMatch(ifMatch));
    }

    private MalformedRequest BadAnnualReport()
    {
        var (method, path, body, status) = _annualReports.Next();
        return Request(MalformedAnnualReportRequests.Kind, method, path, method == HttpMethod.Get ? OfficeRead : OfficeWrite(),
            body is null ? null : Json(body), Expect.Status(status));
    }

    private MalformedRequest BadImport()
    {
        var (body, status) = _imports.Next();
        return Request(MalformedImports.Kind, HttpMethod.Post, MalformedImports.Path, OfficeWrite(), body, Expect.Status(status));
    }

    private const string BadHistoryReadKind = "bad-history-read";

    private static readonly string[] BadHistoryPageSizes = ["-1", "201", "abc", "99999999999", "1.5"];

    /// <summary>A record's history asked with an id no record can have, or a page the route cannot give: a 400.</summary>
    private MalformedRequest BadHistoryRead()
    {
        var path = _random.Next(4) switch
        {
            0 => $"/api/v1/{_random.Pick(new[] { "partners", "measures", "imports" })}/{Uri.EscapeDataString(_random.AnyBadUuid())}/history",
            1 => $"/api/v1/measures/{AnyMeasure().Id}/history?pageSize={_random.Pick(BadHistoryPageSizes)}",
            2 => $"/api/v1/partners/{AnyPartner().Id}/history?pageToken={Uri.EscapeDataString(BadPageTokens.ForIds(_random))}",
            _ => $"/api/v1/indicators/{Uri.EscapeDataString(_random.Longer(200))}/history",
        };
        // An import's history is the programme office's to read; the others any editor's.
        var credential = path.StartsWith("/api/v1/imports/", StringComparison.Ordinal) ? OfficeRead : new Credential(CredentialKind.Editor);
        return Request(BadHistoryReadKind, HttpMethod.Get, path, credential, null, Expect.Status(400));
    }
}
