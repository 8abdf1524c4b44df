namespace Nplv.IntegrationTests.Reliability;

/// <summary>Values that no field takes where the generators put them, shared by the REST and the gRPC barrages.</summary>
internal static class BadValues
{
    public static readonly string[] Injections =
    [
        "'; DROP TABLE partners; --",
        "' OR '1'='1",
        "1; SELECT pg_sleep(10); --",
        "Robert'); DROP TABLE measures; --",
        "1 UNION SELECT usename, passwd FROM pg_shadow --",
        "admin'--",
        "\" OR \"\"=\"",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(document.cookie)",
        "{{7*7}}",
        "${jndi:ldap://example.invalid/a}",
        "../../../../etc/passwd",
        "$(rm -rf /)",
        "%00",
        "\\x00\\x1b[2J",
    ];

    /// <summary>Not UUIDs in any of the forms <see cref="Guid.TryParse(string, out Guid)"/> takes.</summary>
    public static readonly string[] Uuids =
    [
        "not-a-uuid",
        "0195a000-0000-7000-8000-00000000000",
        "0195a000-0000-7000-8000-0000000000011",
        "g195a000-0000-7000-8000-000000000001",
        "0195a000-0000-7000-8000-000000000001x",
        "0195a000_0000_7000_8000_000000000001",
        "{0195a000-0000-7000-8000-000000000001",
        "null",
        "undefined",
        "0",
        "-1",
        "00000000-0000-0000-0000-00000000000g",
        "0195a000-0000-7000-8000-00000000000\u0000",
        "0195a000-0000-7000-8000-ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ",
    ];

    /// <summary>Area codes a measure cannot name: wrong shapes, a gemeente, or a wijk or buurt that does not exist.</summary>
    public static readonly string[] AreaCodes =
    [
        "WK999999", "BU99999999", "GM0014", "NL01", "wk001410", "WK00141", "WK0014100", "BU0014100", "BU001409000",
        "XX001410", "WK00141O", "WK 001410", "", "   ", "WK001410\u0000", "ＷＫ001410", "BU00140900BU00140900",
    ];

    /// <summary>Codes of indicators that do not exist, or could not.</summary>
    public static readonly string[] IndicatorCodes =
    [
        "bestaat-niet", "Geregistreerde-Werkzoekenden", "geregistreerde werkzoekenden", "geregistreerde--werkzoekenden",
        "-", "", "   ", new string('a', 65), "geregistreerde-werkzoekenden\u0000", "🙂",
    ];

    /// <summary>Dates that are not ISO dates (yyyy-MM-dd) of a real day.</summary>
    public static readonly string[] Dates =
    [
        "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31", "2025/01/01", "01-01-2025", "2025-1-1", "20250101",
        "tomorrow", "", "2025-01-01T00:00:00", "2025-01-01Z", "+2025-01-01", "0000-01-01", "10000-01-01",
        "２０２５-01-01", "2025-01-01 12:00", "NaN",
    ];

    /// <summary>Names of enum values that no enum of the API has (the API's names are lower case and exact).</summary>
    public static readonly string[] EnumNames =
    [
        "unspecified", "sport", "klaar", "sideways", "gemeente ", " werk", "gemeente-groningen", "0", "1", "-1", "null",
        "", "werk,onderwijs", "idee|gepland",
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public static string AnyInjection(this Random random) => random.Pick(Injections);

    /// <summary>A string of <paramref name="length"/> letters: over a field's limit, and cheap to send.</summary>
    public static string Huge(this Random random, int length) => new((char)('a' + random.Next(26)), length);

    /// <summary>Between <paramref name="over"/> and about ten times it: just over a limit, or far over it.</summary>
    public static string Longer(this Random random, int over)
        => random.Huge(random.Next(2) == 0 ? over + 1 : over + 1 + random.Next(over * 10));

    public static Guid NextGuid(this Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A well-formed UUID that names nothing.</summary>
    public static string UnknownId(this Random random) => random.NextGuid().ToString();

    /// <summary>A moment a Timestamp cannot hold: nanos outside a second, or seconds past the year 9999 or before year 1.</summary>
    public static Google.Protobuf.WellKnownTypes.Timestamp BadMoment(this Random random) => random.Next(3) switch
    {
        0 => new() { Seconds = random.Next(), Nanos = random.Pick(new[] { -1, 1_000_000_000, int.MaxValue, int.MinValue }) },
        1 => new() { Seconds = 253_402_300_800 + random.Next() },
        _ => new() { Seconds = long.MinValue + random.Next() },
    };

    public static string AnyBadUuid(this Random random)
    {
        if (random.Next(3) > 0)
        {
            return random.Pick(Uuids);
        }

        const string alphabet = "0123456789abcdefxyz-_{}()'\" ;%/\\";
        string candidate;
        do
        {
            candidate = new string([.. Enumerable.Range(0, 1 + random.Next(45)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        }
        while (Guid.TryParse(candidate, out _) || string.IsNullOrWhiteSpace(candidate));

        return candidate;
    }
}
