using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Generates, from one seed, requests the gateway must refuse with a 4xx: bad bodies on the write routes, bad tokens,
/// headers, content types, methods, queries, ids and import forms. The same seed and the same data make the same requests.
/// </summary>
internal sealed partial class MalformedRequests
{
    /// <summary>Writes sent with one token: below the gateway's 60 per minute per token subject.</summary>
    public const int WritesPerToken = 50;

    /// <summary>
    /// Writes without a valid token are limited per client address, which every request of the test shares, before
    /// they are refused as unauthenticated: few enough that they all meet the refusal and not the limit.
    /// </summary>
    private const int BadTokenWrites = 36;

    /// <summary>Reads are not rate limited: any office token will do.</summary>
    private static readonly Credential OfficeRead = new(CredentialKind.Office);

    private readonly Random _random;
    private readonly KnownEntities _known;
    private readonly MalformedQueries _queries;
    private readonly MalformedImports _imports;
    private readonly MalformedIndicatorWrites _indicatorWrites;
    private readonly MalformedReportWrites _reportWrites;
    private readonly MalformedAnnualReportRequests _annualReports;
    private int _officeWrites;
    private int _editorWrites;
    private int _badTokenWrites;

    /// <param name="period">A reporting period that exists, for the report routes.</param>
    public MalformedRequests(KnownEntities known, string period, int seed)
    {
        _random = new Random(seed);
        _known = known;
        _queries = new MalformedQueries(_random);
        _imports = new MalformedImports(_random);
        _indicatorWrites = new MalformedIndicatorWrites(_random);
        _reportWrites = new MalformedReportWrites(_random, known.Measures, period);
        _annualReports = new MalformedAnnualReportRequests(_random);
    }

    private (string Kind, int Count, Func<MalformedRequest> Make)[] Plan =>
    [
        ("broken-json", 750, () => BodyRequest("broken-json")),
        (BodyDefect.WrongTypes, 800, () => BodyRequest(BodyDefect.WrongTypes)),
        (BodyDefect.MissingFields, 700, () => BodyRequest(BodyDefect.MissingFields)),
        ("extra-fields", 400, () => BodyRequest("extra-fields")),
        (BodyDefect.HugeStrings, 500, () => BodyRequest(BodyDefect.HugeStrings)),
        (BodyDefect.InvalidCodes, 800, () => BodyRequest(BodyDefect.InvalidCodes)),
        (BodyDefect.InvalidDates, 400, () => BodyRequest(BodyDefect.InvalidDates)),
        (BodyDefect.Injection, 500, () => BodyRequest(BodyDefect.Injection)),
        (BodyDefect.InvalidValues, 200, () => BodyRequest(BodyDefect.InvalidValues)),
        (BodyDefect.OutOfRange, 300, () => BodyRequest(BodyDefect.OutOfRange)),
        (BodyDefect.NullEntries, 150, () => BodyRequest(BodyDefect.NullEntries)),
        (BodyDefect.InvalidUnicode, 150, () => BodyRequest(BodyDefect.InvalidUnicode)),
        ("oversize-body", 40, OversizeBody),
        ("bad-token", 700, BadToken),
        ("forbidden-role", 200, Forbidden),
        (MalformedQueries.BadQuery, 1200, _queries.ListWithBadParameters),
        (MalformedQueries.BadRouteId, 1000, BadRouteId),
        ("bad-if-match", 500, BadIfMatch),
        ("bad-idempotency-key", 300, BadIdempotencyKey),
        ("wrong-content-type", 300, WrongContentType),
        ("wrong-method", 100, WrongMethod),
        (MalformedImports.Kind, 160, BadImport),
        (MalformedIndicatorWrites.Kind, 300, BadIndicatorWrite),
        (MalformedReportWrites.Kind, 300, BadReportWrite),
        (BadHistoryReadKind, 200, BadHistoryRead),
        (MalformedAnnualReportRequests.Kind, 150, BadAnnualReport),
    ];

    public int Count => Plan.Sum(p => p.Count);

    /// <summary>Every planned request, in an order shuffled by the seed; made one at a time as they are sent.</summary>
    public IEnumerable<MalformedRequest> All()
    {
        var makers = Plan.SelectMany(p => Enumerable.Repeat(p.Make, p.Count)).ToArray();
        _random.Shuffle(makers);
        foreach (var make in makers)
        {
            yield return make();
        }
    }

    private Credential OfficeWrite() => new(CredentialKind.Office, _officeWrites++ / WritesPerToken);

    private Credential EditorWrite() => new(CredentialKind.Editor, _editorWrites++ / WritesPerToken);

    private KnownEntity AnyPartner() => _random.Pick(_known.Partners);

    private KnownEntity AnyMeasure() => _random.Pick(_known.Measures);

    private static MalformedRequest Request(
        string kind, HttpMethod method, string path, Credential credential, RequestBody? body, IReadOnlySet<int> expected,
        params KeyValuePair<string, string>[] headers)
        => new(kind, method, path, credential, body, expected, headers);

    private static KeyValuePair<string, string> IfMatch(string value) => new("If-Match", value);

    private static RequestBody Json(JsonObject body) => RequestBody.OfJson(BodyDefect.ToJson(body));

    private JsonObject ValidPartner() => MalformedPartnerBodies.Valid("Slechte invoer " + _random.Next(1000));

    private JsonObject ValidMeasure() => MalformedMeasureBodies.Valid("Slechte invoer " + _random.Next(1000));

    /// <summary>
    /// A create, or a replacement of a partner or measure that exists, with a valid body: the request is refused for
    /// something else. A replacement names a version that is not the current one, so it changes nothing even then.
    /// </summary>
    private (string Path, HttpMethod Method, RequestBody Body, KeyValuePair<string, string>[] Headers) ValidWrite()
    {
        var partner = _random.Next(2) == 0;
        var collection = partner ? "/api/v1/partners" : "/api/v1/measures";
        var existing = partner ? AnyPartner() : AnyMeasure();
        return _random.Next(2) == 0
            ? (collection, HttpMethod.Post, Json(partner ? ValidPartner() : ValidMeasure()), [])
            : ($"{collection}/{existing.Id}", HttpMethod.Put, Json(existing.Input.DeepClone().AsObject()), [IfMatch("\"0\"")]);
    }
}
