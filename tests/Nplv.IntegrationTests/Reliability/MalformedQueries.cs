namespace Nplv.IntegrationTests.Reliability;

/// <summary>Reads the gateway must refuse: bad paging and filters on the lists, and ids and codes no resource can have.</summary>
internal sealed class MalformedQueries(Random random)
{
    public const string BadQuery = "bad-query";
    public const string BadRouteId = "bad-route-id";
    private const int MaxRequestLine = 8 * 1024;

    private static readonly string[] PageSizes =
        ["-1", "-2147483648", "2147483648", "99999999999999999999", "abc", "1.5", "1e2", "0x10", "NaN", "true", "--1", "5 0"];

    // Unknown codes of at most 16 characters with nothing that changes the route ('/') or the request line.
    private static readonly string[] UnknownCodes =
    [
        .. BadValues.Injections.Where(i => !i.Contains('/') && !i.Contains('%')).Select(i => i[..Math.Min(16, i.Length)].Trim()),
        "bestaat-niet", "WK001410X", "gm0014", "BU0014090O", "🙂", "%", "NL00", "onbekend",
    ];

    private static readonly string[] FilterNames = [.. BadValues.EnumNames.Where(name => name.Length > 0)];

    private static readonly string[] Flags = ["maybe", "yes", "1", "0", "on", "truee", "null", "waar"];

    /// <summary>A list read with one to three bad parameters: each one alone is a 400.</summary>
    public MalformedRequest ListWithBadParameters()
    {
        if (random.Next(8) == 0)
        {
            return BadShapes();
        }

        var (path, parameters) = random.Next(7) switch
        {
            6 => ("/api/v1/observations", ObservationParameters()),
            5 => ("/api/v1/imports", Pick(PageSize(50), ImportToken, Enum("state"))),
            0 => ("/api/v1/partners", Pick(PageSize(200), PartnerToken, Enum("type"), PartnerText, Flag, Download)),
            1 => ("/api/v1/measures", Pick(PageSize(200), MeasureToken, Enum("theme"), Enum("status"), AreaFilter("area"), PartnerIdFilter, Download)),
            2 => ("/api/v1/indicators", Pick(PageSize(200), CodeToken, Theme, Download)),
            3 => ("/api/v1/areas", Pick(PageSize(500), CodeToken, Enum("level"), AreaFilter("parentCode"))),
            _ => ("/api/v1/indicators/geregistreerde-werkzoekenden/series", SeriesParameters()),
        };
        // The imports are the programme office's to read; any other list is open.
        var credential = path == "/api/v1/imports" ? new Credential(CredentialKind.Office) : Credential.None;
        return Get(BadQuery, path + "?" + string.Join("&", parameters), 400, credential);
    }

    /// <summary>A read, change or delete of an id or code that cannot exist: malformed (400), unknown (404), or too long to ask for (414).</summary>
    public MalformedRequest ReadWithBadId()
    {
        var (template, isCode, maxLength) = random.Next(7) switch
        {
            0 => ("/api/v1/partners/{0}", false, 0),
            1 => ("/api/v1/measures/{0}", false, 0),
            2 => ("/api/v1/measures/{0}/overview", false, 0),
            3 => ("/api/v1/indicators/{0}", true, 64),
            4 => ("/api/v1/indicators/{0}/series?area=GM0014", true, 64),
            5 => ("/api/v1/areas/{0}", true, 16),
            _ => ("/api/v1/areas/{0}/dashboard", true, 16),
        };
        var (id, status) = isCode ? BadCode(maxLength) : BadId();
        return Get(BadRouteId, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(id)), status);
    }

    /// <summary>An id of a partner, measure or import that no resource has, with the status asking for it gets.</summary>
    public (string Id, int Status) BadId() => random.Next(8) switch
    {
        0 or 1 => (random.UnknownId(), 404),
        2 => (random.Huge(MaxRequestLine + 100), 414),
        _ => (random.AnyBadUuid(), 400),
    };

    private (string Code, int Status) BadCode(int maxLength) => random.Next(8) switch
    {
        0 => (random.Pick(new[] { " ", "\t", "\u0000", "x\u0000" }), 400),
        1 => (random.Longer(maxLength), 400),
        2 => (random.Huge(MaxRequestLine + 100), 414),
        3 => ("WK99999" + random.Next(10), 404),
        _ => (random.Pick(UnknownCodes), 404),
    };

    private MalformedRequest Get(string kind, string pathAndQuery, int status, Credential? credential = null)
        => new(kind, HttpMethod.Get, pathAndQuery, credential ?? Credential.None, null, Expect.Status(status), []);

    private string[] Pick(params Func<string>[] bad)
        => [.. bad.OrderBy(_ => random.Next()).Take(1 + random.Next(Math.Min(3, bad.Length))).Select(parameter => parameter())];

    private Func<string> PageSize(int max) => () => "pageSize=" + Escape(random.Next(4) == 0
        ? (max + 1 + random.Next(1000)).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : random.Pick(PageSizes));

    /// <summary>An enum filter with a name no enum has; an empty one means no filter, so it is left out.</summary>
    private Func<string> Enum(string name) => () => $"{name}={Escape(random.Next(3) == 0 ? random.AnyInjection() : random.Pick(FilterNames))}";

    private string Theme() => "theme=" + Escape(random.Pick<string>(["sport", "ARMOEDE", "armoede ", " werk", "werk,armoede", "null", .. BadValues.Injections]));

    /// <summary>A download asked in a format or language the tables do not have.</summary>
    private string Download() => random.Next(2) == 0
        ? "format=" + Escape(random.Pick<string>(["pdf", "docx", "CSV2", "xls", "text/csv", "csv ", "json;", .. BadValues.Injections]))
        : "format=csv&language=" + Escape(random.Pick<string>(["fr", "NL-nl", "nederlands", "en-US", " nl", .. BadValues.Injections]));

    private string Flag() => "includeArchived=" + Escape(random.Pick(Flags));

    private string PartnerText() => "query=" + Escape(random.Next(2) == 0 ? random.Longer(200) : "tekst\u0000" + random.AnyInjection());

    private Func<string> AreaFilter(string name) => () => $"{name}={Escape(random.Next(2) == 0 ? random.Longer(16) : "WK00\u00001410")}";

    private string PartnerIdFilter() => "partnerId=" + Escape(random.AnyBadUuid());

    private string CodeToken() => "pageToken=" + Escape(BadPageTokens.ForCodes(random));

    private string ImportToken() => "pageToken=" + Escape(BadPageTokens.ForImports(random));

    private string MeasureToken() => "pageToken=" + Escape(BadPageTokens.ForIds(random));

    private string PartnerToken() => "pageToken=" + Escape(BadPageTokens.ForPartners(random));

    private string[] SeriesParameters()
    {
        string[] goodArea = ["area=GM0014"];
        return random.Next(5) switch
        {
            0 => [random.Pick(new[] { "from=2019", "to=2024", "from=2019&to=2024", "" })],
            1 => [.. goodArea, $"from={Escape(random.Pick(new[] { "1899", "-1", "abc", "2101", "2019.5", "99999999999" }))}"],
            2 => [.. goodArea, "from=2024", $"to={Escape(random.Pick(new[] { "2023", "2101", "x", "1900" }))}"],
            3 => [.. Enumerable.Range(0, 201 + random.Next(50)).Select(i => "area=GM0014")],
            4 when random.Next(2) == 0 => [.. goodArea, Download()],
            _ => [$"area={Escape(random.Pick(new[] { "", " ", "WK999999", "\u0000", "GM0014GM0014GM0014" }.Concat(BadValues.Injections).ToArray()))}"],
        };
    }

    /// <summary>
    /// The map's outlines read with a bad level or year, or a kaart imported by the programme office with bad settings
    /// or a file that is no kaart: each a 400, and nothing written.
    /// </summary>
    private MalformedRequest BadShapes()
    {
        if (random.Next(2) == 0)
        {
            var query = random.Next(3) switch
            {
                0 => "",
                1 => "level=" + Escape(random.Pick<string>(["straat", "0", "buurten", "wijk ", .. BadValues.Injections])),
                _ => "level=buurt&year=" + Escape(random.Pick(new[] { "1899", "2101", "-1", "abc", "2024.5", "99999999999" })),
            };
            return Get(BadQuery, "/api/v1/areas/shapes?" + query, 400);
        }

        const string good = "format=geojson&year=2020&source=slechte%20invoer";
        var (settings, file) = random.Next(6) switch
        {
            0 => ("format=" + Escape(random.Pick<string>(["kml", "shp", "GeoJSON", "", .. BadValues.Injections])) + "&year=2020&source=x", "{}"),
            1 => ("format=geojson&source=x&year=" + Escape(random.Pick(new[] { "1899", "2101", "0", "-5" })), "{}"),
            2 => ("format=geojson&year=2020&source=x&region=" + Escape(random.Pick<string>(["WK001410", "GM14", "gm0014", .. BadValues.Injections])), "{}"),
            3 => ("format=geojson&year=2020&source=" + Escape(random.Next(2) == 0 ? "" : random.Longer(500)), "{}"),
            4 => (good, random.Pick(new[] { "", "{", "[]", "null", "{\"type\":\"FeatureCollection\",\"features\":[]}", "SQLite format 3\u0000" })),
            _ => (good, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"BU99999999\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.5,53.2],[6.6,53.2],[6.6,53.3],[6.5,53.2]]]}}]}"),
        };
        // Imports are writes: spread over subjects of their own, each stays well within its budget of writes a minute.
        return new MalformedRequest(BadQuery, HttpMethod.Post, "/api/v1/areas/shapes?" + settings, new Credential(CredentialKind.Office, 900 + random.Next(25)),
            new RequestBody(System.Text.Encoding.UTF8.GetBytes(file), "application/geo+json"), Expect.Status(400), []);
    }

    /// <summary>The stream of every figure: each filter may be left out, but none may be bad.</summary>
    private string[] ObservationParameters() => random.Next(6) switch
    {
        0 => [$"from={Escape(random.Pick(new[] { "1899", "-1", "abc", "2101", "2019.5", "99999999999" }))}"],
        1 => ["from=2024", $"to={Escape(random.Pick(new[] { "2023", "2101", "x", "1900" }))}"],
        2 => [.. Enumerable.Repeat(random.Next(2) == 0 ? "area=GM0014" : "indicator=x", 201 + random.Next(50))],
        3 => [$"asOf={Escape(random.Pick(new[] { "gisteren", "2026-13-01", "2026-02-30T00:00:00Z", "1e9", "now", random.AnyInjection() }))}"],
        4 => [Download()],
        _ => [random.Next(2) == 0
            ? $"indicator={Escape(random.Pick(new[] { "", " ", "bestaat-niet", "\u0000", random.Longer(64) }.Concat(BadValues.Injections).ToArray()))}"
            : $"area={Escape(random.Pick(new[] { "", " ", "WK999999", "\u0000", "GM0014GM0014GM0014" }.Concat(BadValues.Injections).ToArray()))}"],
    };

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
