using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Net.Client;
using Nplv.Indicators.V1;

namespace Nplv.Benchmarks;

/// <summary>
/// Prepares one wijk of a running suite for bench/gateway-load.sh, as its users would fill it: measures with their
/// partners and funding over the gateway's REST API (a programme-office token), figures for every indicator in the
/// wijk and its buurten for 2019-2024 and a target for each over gRPC to the indicators service (as an import would).
/// Then checks the wijk's dashboard is whole and writes the gRPC frame of <c>ListTargets</c> for that wijk, for h2load.
/// </summary>
/// <remarks>
/// Usage: <c>dashboard-data --gateway URL --indicators URL --area WIJK --frame FILE</c>. Run against a fresh suite:
/// targets are created (version 0), so a second run on the same data fails.
/// </remarks>
public static class DashboardData
{
    private const string CityCode = "GM0014";
    private const int FirstYear = 2019;
    private const int LastYear = 2024;
    private const int TargetYear = 2027;
    private const string FigureSource = "Basismonitor Groningen (benchmark figures)";
    private const string TargetSource = "Uitvoeringsprogramma NPLV Groningen-Noord 2024-2027 (benchmark target)";

    private const string GemeenteGroningen = "0195a000-0000-7000-8000-000000000001";
    private const string WerkPro = "0195a000-0000-7000-8000-000000000002";
    private const string AlfaCollege = "0195a000-0000-7000-8000-000000000003";
    private const string MinisterieBzk = "0195a000-0000-7000-8000-000000000004";

    public static async Task RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        using var http = new HttpClient { BaseAddress = new Uri(options.Gateway), Timeout = TimeSpan.FromSeconds(30) };
        using var channel = GrpcChannel.ForAddress(options.Indicators);
        var indicators = new IndicatorsService.IndicatorsServiceClient(channel);
        var deadline = () => DateTime.UtcNow.AddSeconds(30);

        var area = await indicators.GetAreaAsync(new GetAreaRequest { Code = options.Area }, deadline: deadline());
        Expect(area.Level == AreaLevel.Wijk, $"{options.Area} is a wijk");
        var buurten = (await indicators.ListAreasAsync(
            new ListAreasRequest { ParentCode = options.Area, Level = AreaLevel.Buurt, PageSize = 500 }, deadline: deadline()))
            .Areas.Select(a => a.Code).ToList();
        Expect(buurten.Count > 0, $"{options.Area} has buurten");
        var definitions = (await indicators.ListIndicatorsAsync(new ListIndicatorsRequest { PageSize = 200 }, deadline: deadline())).Indicators;
        Expect(definitions.Count > 0, "indicators are seeded");

        // Figures: the wijk and each buurt, every indicator, 2019-2024, each improving a little each year with some
        // noise; one buurt's 2021 figure of each indicator is suppressed (a missing value, never a zero).
        var record = new RecordObservationsRequest();
        var random = new Random(1403);
        var codes = buurten.Prepend(options.Area).ToList();
        foreach (var (indicator, i) in definitions.Select((d, i) => (d, i)))
        {
            var start = StartValue(indicator);
            var step = indicator.Direction == Direction.HigherIsBetter ? 0.015 : -0.02;
            foreach (var (code, a) in codes.Select((c, a) => (c, a)))
            {
                var level = start * (1 + (0.08 * a) - 0.1);
                for (var year = FirstYear; year <= LastYear; year++)
                {
                    var observation = new Observation
                    {
                        IndicatorCode = indicator.Code, AreaCode = code, Year = year, Status = ObservationStatus.Definitief, Source = FigureSource,
                    };
                    if (!(a == 1 && year == 2021))
                    {
                        var trend = level * (1 + (step * (year - FirstYear)));
                        observation.Value = Math.Round(trend * (1 + ((random.NextDouble() - 0.5) * 0.04)), 1);
                    }

                    if (year == LastYear && i % 2 == 1)
                    {
                        observation.Status = ObservationStatus.Voorlopig;
                    }

                    record.Observations.Add(observation);
                }
            }
        }

        var written = await indicators.RecordObservationsAsync(record, deadline: deadline());
        Console.WriteLine($"  {written.Written} observations: {definitions.Count} indicators x {codes.Count} areas x {LastYear - FirstYear + 1} years");

        // A target per indicator for the wijk: halve the gap to the city where the city has a figure, else an absolute
        // goal a fifth better than the baseline.
        var cityValues = (await indicators.GetLatestValuesAsync(new GetLatestValuesRequest { AreaCode = CityCode }, deadline: deadline()))
            .Values.Where(v => v.HasValue).Select(v => v.IndicatorCode).ToHashSet();
        foreach (var indicator in definitions)
        {
            var baseline = record.Observations.Single(o => o.IndicatorCode == indicator.Code && o.AreaCode == options.Area && o.Year == FirstYear);
            var target = new Target
            {
                IndicatorCode = indicator.Code, AreaCode = options.Area, BaselineYear = FirstYear, BaselineValue = baseline.Value,
                TargetYear = TargetYear, Source = TargetSource,
            };
            if (cityValues.Contains(indicator.Code))
            {
                target.Relative = new RelativeGoal { ReferenceAreaCode = CityCode, GapFraction = 0.5 };
            }
            else
            {
                target.AbsoluteValue = Math.Round(baseline.Value * (indicator.Direction == Direction.HigherIsBetter ? 1.2 : 0.8), 1);
            }

            await indicators.SetTargetAsync(new SetTargetRequest { Target = target }, deadline: deadline());
        }

        Console.WriteLine($"  {definitions.Count} targets for {options.Area} ({cityValues.Count} relative to {CityCode})");

        // Measures, over the REST API as the programme office enters them.
        var token = await PostAsync(http, "/dev/tokens", new { role = "programme-office" }, token: null, HttpStatusCode.OK);
        var bearer = token.GetProperty("accessToken").GetString()!;
        var measures = Measures(options.Area, buurten);
        foreach (var measure in measures)
        {
            await PostAsync(http, "/api/v1/measures", measure, bearer, HttpStatusCode.Created);
        }

        Console.WriteLine($"  {measures.Count} measures in {options.Area} and its buurten, with participants and funding");

        // What the load will read: ListTargets over gRPC, and the dashboard whole.
        var listTargets = new ListTargetsRequest { AreaCode = options.Area };
        var targets = await indicators.ListTargetsAsync(listTargets, deadline: deadline());
        Expect(targets.Targets.Count == definitions.Count, $"ListTargets answers {definitions.Count} targets");
        Expect(targets.Targets.All(t => t.Status != TargetStatus.Unspecified), "every target has a status");

        var dashboard = await http.GetFromJsonAsync<JsonElement>($"/api/v1/areas/{options.Area}/dashboard");
        Expect(dashboard.GetProperty("degraded").GetArrayLength() == 0, "the dashboard is not degraded");
        var tracked = dashboard.GetProperty("indicators").EnumerateArray().ToList();
        Expect(tracked.Count(i => i.GetProperty("target").ValueKind == JsonValueKind.Object) == definitions.Count, "the dashboard shows every target");
        var listed = dashboard.GetProperty("measures").GetArrayLength();
        Expect(listed >= measures.Count, $"the dashboard lists the {measures.Count} new measures");
        Console.WriteLine(
            $"  dashboard: {tracked.Count} indicators, {listed} measures, {dashboard.GetProperty("partners").GetArrayLength()} partners, not degraded");

        await File.WriteAllBytesAsync(options.Frame, GrpcFrame(listTargets));
        Console.WriteLine($"  ListTargets frame: {options.Frame} ({listTargets.CalculateSize() + 5} bytes), answer {targets.CalculateSize()} bytes");
    }

    /// <summary>A gRPC length-prefixed message: not compressed (0), the length as 4 bytes big-endian, the message.</summary>
    private static byte[] GrpcFrame(IMessage message)
    {
        var body = message.ToByteArray();
        var frame = new byte[5 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)body.Length);
        body.CopyTo(frame, 5);
        return frame;
    }

    // Where the wijk starts in 2019, by the kind of figure: counts per 1000 inhabitants are larger than percentages.
    private static double StartValue(Indicator indicator) => indicator.Unit switch
    {
        "%" when indicator.Direction == Direction.HigherIsBetter => 68,
        "%" => 16,
        _ => 70,
    };

    private static List<object> Measures(string wijk, IReadOnlyList<string> buurten)
    {
        string Buurt(int i) => buurten[i % buurten.Count];

        return
        [
            Measure("Schuldhulp aan de keukentafel", "armoede", [wijk], GemeenteGroningen, "lopend", [(WerkPro, "huisbezoeken")],
                [("Gemeente Groningen", 45_000_000, 2024, 2027)], "huishoudens-sociaal-minimum", "down"),
            Measure("Vroegsignalering betalingsachterstanden", "armoede", [Buurt(1)], GemeenteGroningen, "lopend",
                [(WerkPro, "eerste contact"), (MinisterieBzk, "financiering")],
                [("Gemeente Groningen", 12_000_000, 2024, 2026), ("Rijk (NPLV)", 12_000_000, 2024, 2026)], "kinderen-in-armoede", "down"),
            Measure("Taal- en rekenondersteuning in de wijk", "onderwijs", [wijk], AlfaCollege, "lopend",
                [(GemeenteGroningen, "locaties"), (WerkPro, "werving")], [("Regio Deal Groningen-Noord", 30_000_000, 2024, 2027)],
                "geregistreerde-werkzoekenden", "down"),
            Measure("Wijkleerbedrijf " + wijk, "werk", [Buurt(0)], WerkPro, "lopend",
                [(AlfaCollege, "mbo-opleiding"), (GemeenteGroningen, "opdrachtgever")],
                [("Just Transition Fund", 80_000_000, 2025, 2027), ("Gemeente Groningen", 20_000_000, 2025, 2027)],
                "geregistreerde-werkzoekenden", "down"),
            Measure("Sporten in de buurt", "gezondheid", [Buurt(1), Buurt(2)], GemeenteGroningen, "lopend", [(WerkPro, "buurtsportcoaches")],
                [("Gemeente Groningen", 9_000_000, 2024, 2027)], "ervaren-gezondheid-goed", "up"),
            Measure("Gezonde schoolpleinen", "gezondheid", [wijk], GemeenteGroningen, "gepland", [(AlfaCollege, "leerlingen bouwen mee")],
                [("Regio Deal Groningen-Noord", 15_000_000, 2026, 2027)], "ervaren-gezondheid-goed", "up"),
            Measure("Groot onderhoud portiekflats", "wonen", [Buurt(2)], GemeenteGroningen, "lopend",
                [(MinisterieBzk, "Volkshuisvestingsfonds"), (WerkPro, "bewonersbegeleiding")],
                [("Volkshuisvestingsfonds", 250_000_000, 2023, 2027), ("Gemeente Groningen", 50_000_000, 2023, 2027)],
                "woningen-leefbaarheid-zwak", "down"),
            Measure("Buurtpreventie en betere verlichting", "veiligheid", [wijk], GemeenteGroningen, "afgerond", [(WerkPro, "buurtpreventieteams")],
                [("Gemeente Groningen", 6_500_000, 2022, 2024)], "geregistreerde-misdrijven", "down"),
            Measure("Wijkcentrum als huiskamer", "participatie", [Buurt(0), Buurt(2)], WerkPro, "gepland", [(GemeenteGroningen, "pand")],
                [("Regio Deal Groningen-Noord", 18_000_000, 2026, 2028)], null, null),
            Measure("Jongerenwerk in de avonduren", "veiligheid", [Buurt(1)], WerkPro, "idee", [(GemeenteGroningen, "subsidie"), (AlfaCollege, "stages")],
                [("Gemeente Groningen", 7_500_000, 2026, 2027)], "geregistreerde-misdrijven", "down"),
        ];
    }

    private static object Measure(
        string title,
        string theme,
        string[] areaCodes,
        string lead,
        string status,
        (string PartnerId, string Role)[] participants,
        (string Source, long AmountCents, int FromYear, int ToYear)[] funding,
        string? indicator,
        string? direction)
    {
        object[] links = indicator is null ? [] : [new { indicatorCode = indicator, expectedDirection = direction }];
        var from = funding.Min(f => f.FromYear);
        var to = funding.Max(f => f.ToYear);
        return new
        {
            title,
            description = $"{title}: een maatregel van het NPLV Groningen-Noord ({from}-{to}).",
            theme,
            areaCodes,
            leadPartnerId = lead,
            status,
            participants = participants.Select(p => new { partnerId = p.PartnerId, role = p.Role }),
            startDate = $"{from}-01-01",
            endDate = $"{to}-12-31",
            funding = funding.Select(f => new { source = f.Source, amountCents = f.AmountCents, fromYear = f.FromYear, toYear = f.ToYear }),
            milestones = new[]
            {
                new { title = "Plan van aanpak vastgesteld", dueDate = $"{from}-03-31", done = status != "idee" },
                new { title = "Tussenevaluatie", dueDate = $"{from + 1}-12-31", done = status == "afgerond" },
            },
            indicators = links,
        };
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body, string? token, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Expect(response.StatusCode == expected, $"POST {path} answers {(int)expected}, not {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Expected: {what}");
        }
    }

    private sealed record Options(string Gateway, string Indicators, string Area, string Frame)
    {
        public static Options Parse(string[] args)
        {
            var arguments = new BenchArguments(args, "dashboard-data --gateway URL --indicators URL --area WIJK --frame FILE");

            return new Options(arguments.Get("gateway"), arguments.Get("indicators"), arguments.Get("area"), arguments.Get("frame"));
        }
    }
}
