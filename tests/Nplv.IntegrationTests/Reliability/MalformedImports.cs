using System.Text;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Import forms (<c>POST /api/v1/imports</c>) whose settings or form are wrong, so none of them may start an import:
/// neither a file's nor a StatLine table's, so none reaches StatLine either. The form is written out by hand, so it
/// can be broken where a form builder would not let it.
/// </summary>
internal sealed class MalformedImports(Random random)
{
    public const string Kind = "bad-import";
    public const string Path = "/api/v1/imports";
    private const string Boundary = "nplv-bad-import";
    private const string Csv = "indicator,area,period,value,status,source\ngeregistreerde-werkzoekenden,BU00140900,2017JJ00,1,definitief,Test\n";

    private static readonly string[] Formats = ["xlsx", "csv", "long csv", "long--csv", "json", "cbs-odata-v5", "unspecified", "0", " "];
    private static readonly string[] Mappings = ["cbs-kwb-2016@0", "cbs-kwb-2016@-1", "cbs-kwb-2016@x", "@1", "cbs-kwb-2016@", "a@1.5"];

    private static readonly string[] Tables = ["", " ", "5009", "50090NED;", "../50090NED", "50090NED?$top=1", "50090 NED", "TypedDataSet/1"];
    private static readonly string[] Regions = ["", "GM14", "gm00140", "WK001401", "GM0014' or 1 eq 1", "GM0014)", "BU00140900"];
    private static readonly string[] Catalogs = ["cbs-v3", "dataderden", "opendata", "cbs third party", "0", "unspecified"];

    private static readonly string[] MappingDocuments =
    [
        "{", "[]", "null", "\"tekst\"", "{\"name\":\"x\",\"version\":1,\"format\":\"long-csv\",\"onbekend\":1}",
        "{\"name\":\"x\",\"version\":1,\"format\":\"long-csv\",\"columns\":{\"A\":null}}",
        "{\"name\":\"x\",\"version\":1,\"format\":\"long-csv\",\"columns\":null,\"ignore\":[null]}",
        "{\"name\":null,\"version\":-1,\"format\":\"xlsx\"}",
        "{\"name\":\"x\",\"version\":1,\"format\":\"long-csv\",\"source\":\"Test\",\"columns\":{\"A\":{\"indicator\":\"bestaat-niet\",\"unit\":\"aantal\"}}}",
        "{\"name\":\"x\",\"version\":1,\"format\":\"long-csv\",\"columns\":{\"A\":{\"indicator\":\"woningvoorraad\",\"unit\":\"aantal\",\"scale\":\"veel\"}}}",
    ];

    /// <summary>A form the gateway or the indicators service refuses, with the status it must be refused with.</summary>
    public (RequestBody Body, int Status) Next() => random.Next(26) switch
    {
        20 => (Form(Field("table", random.Pick(Tables.Concat(BadValues.Injections).ToArray())), Field("region", "GM0014"), Field("mapping", "rivm-50090ned-18plus")), 400),
        21 => (Form(Field("table", "50090NED"), Field("region", random.Pick(Regions.Concat(BadValues.Injections).ToArray())), Field("mapping", "rivm-50090ned-18plus")), 400),
        22 => (Form(Field("table", "50090NED"), Field("region", "GM0014"), Field("mapping", "rivm-50090ned-18plus"), Field("catalog", random.Pick(Catalogs))), 400),
        23 => (Form(Field("table", "50090NED"), Field("region", "GM0014"), Field("mapping", "rivm-50090ned-18plus"), random.Next(2) == 0 ? File(Csv) : Field("metadata", "{}")), 400),
        24 => random.Next(3) switch
        {
            0 => (Form(Field("table", "50090NED"), Field("region", "GM0014")), 400),
            1 => (Form(Field("table", "50090NED"), Field("region", "GM0014"), Field("mapping", random.Next(2) == 0 ? "bestaat-niet" : "rivm-50090ned-18plus@99")), 400),
            _ => (Form(Field("table", "50090NED"), Field("region", "GM0014"), Field("mapping", "rivm-50090ned-18plus"), Field("year", random.Pick(new[] { "twee", "-1", "20 24", "1800", "99999999999" }))), 400),
        },
        25 => (Form(File(Csv), Field("format", "long-csv"), Field(random.Pick(new[] { "region", "catalog" }), "GM0014")), 400),
        0 => (Form(Field("format", "long-csv")), 400),
        1 => (Form(File(""), Field("format", "long-csv")), 400),
        2 => (Form(File(Csv)), 400),
        3 => (Form(File(Csv), Field("format", random.Pick(Formats.Concat(BadValues.Injections).ToArray()))), 400),
        4 => (Form(File(Csv), Field("format", "cbs-odata-v3"), Field("mapping", random.Pick(Mappings))), 400),
        5 => (Form(File(Csv), Field("format", "cbs-odata-v3"), Field("mapping", random.Next(2) == 0 ? "bestaat-niet" : "cbs-kwb-2016@99")), 400),
        6 => (Form(File(Csv), Field("format", "cbs-odata-v3"), Field("mapping", "cbs-kwb-2016"), Field("mappingDocument", "{}")), 400),
        7 => (Form(File(Csv), Field("format", "long-csv"), Field("mappingDocument", random.Pick(MappingDocuments))), 400),
        8 => (Form(File(Csv), Field("format", "long-csv"), Field("mapping", "cbs-kwb-2016")), 400),
        9 => (Form(File(Csv), Field("format", random.Pick(new[] { "cbs-odata-v3", "cbs-odata-v4", "leefbaarometer-csv" }))), 400),
        10 => (Form(File(Csv), Field("format", "long-csv"), Field("metadata", "{\"value\":[]}")), 400),
        11 => (Form(File(Csv), Field("format", "long-csv"), Field(random.Pick(new[] { "bestand", "File", "format ", "settings" }), "x")), 400),
        12 => (Form(Field("format", "long-csv"), Field("format", "long-csv"), File(Csv)), 400),
        13 => (Form(File(Csv), Field("format", random.Huge(1025 + random.Next(5000)))), 400),
        14 => (Form(File(Csv), Part("Content-Disposition: attachment; name=\"format\"", "long-csv")), 400),
        15 => (Form(File(Csv), Part("Content-Type: text/plain", "long-csv")), 400),
        16 => (Broken(), 400),
        17 => (Form(Part($"Content-Disposition: form-data; name=\"file\"; filename=\"{random.Huge(20_000)}.csv\"", Csv)), 400),
        18 => random.Next(3) == 0
            ? (Form(File(random.Huge((int)SuiteFixture.MaxImportFileBytes + 1)), Field("format", "long-csv")), 413)
            : (Form(File(Csv), Field("format", "long-csv"), Field("mappingDocument", random.Huge((1024 * 1024) + 1))), 413),
        _ => (Form(File(Csv), Field("format", "long-csv"), Field("mapping", "cbs-kwb-2016"), Field("metadata", "niet eens json")), 400),
    };

    /// <summary>A multipart body that is not a whole form: cut off, without its boundary, or without an end.</summary>
    private RequestBody Broken()
    {
        var whole = Encoding.UTF8.GetString(Form(File(Csv), Field("format", "long-csv")).Bytes);
        var text = random.Next(4) switch
        {
            0 => whole[..(whole.Length / 2)],
            1 => whole.Replace($"--{Boundary}--", "", StringComparison.Ordinal),
            2 => "dit is geen multipart-formulier",
            _ => whole.Replace(Boundary, "een-andere-grens", StringComparison.Ordinal),
        };
        return new RequestBody(Encoding.UTF8.GetBytes(text), $"multipart/form-data; boundary={Boundary}");
    }

    private static string File(string content) => $"Content-Disposition: form-data; name=\"file\"; filename=\"cijfers.csv\"\r\nContent-Type: text/csv\r\n\r\n{content}";

    private static string Field(string name, string value) => $"Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}";

    private static string Part(string headers, string value) => $"{headers}\r\n\r\n{value}";

    private static RequestBody Form(params string[] parts)
    {
        var body = string.Concat(parts.Select(part => $"--{Boundary}\r\n{part}\r\n")) + $"--{Boundary}--\r\n";
        return new RequestBody(Encoding.UTF8.GetBytes(body), $"multipart/form-data; boundary={Boundary}");
    }
}
