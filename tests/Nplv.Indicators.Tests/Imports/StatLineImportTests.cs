using System.Globalization;
using System.Text;
using Grpc.Core;
using Npgsql;
using Nplv.Indicators.V1;
using Nplv.Testing;
using Nplv.Testing.StatLine;

namespace Nplv.Indicators.Tests.Imports;

/// <summary>
/// The StatLine connector against a local StatLine serving RIVM's real 50090NED figures for GM0014: areas and
/// figures loaded page by page, filtered on StatLine's side, with the table's record kept; retries, failures and
/// bad requests.
/// </summary>
public sealed class StatLineImportTests(OwnIndicatorsServiceFixture fixture) : IClassFixture<OwnIndicatorsServiceFixture>, IAsyncLifetime
{
    private static readonly StatLineTableData Rivm = StatLineTableData.Rivm50090();
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;
    private readonly ImportsService.ImportsServiceClient _imports = fixture.Imports;

    public async Task InitializeAsync()
    {
        fixture.StatLine.Serve("dataderden", Rivm);
        fixture.StatLine.Serve("v4", Rivm);
        // Pages of 500 rows: 50090NED's 18+ rows of GM0014 come in two pages, all its rows in more.
        fixture.StatLine.PageSize = 500;
        await LoadAreasAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheAreasOf50090NedBecomeTheDivisionOf2019To2024WithTheirNamesAndParents()
    {
        var codes = Rivm.Rows.Select(r => ((string)r["Codering_3"]!).Trim()).ToHashSet();
        var buurten = await AllAreasAsync(AreaLevel.Buurt);
        var wijken = await AllAreasAsync(AreaLevel.Wijk);

        Assert.Superset(codes.Where(c => c.StartsWith("BU", StringComparison.Ordinal)).ToHashSet(), buurten.Select(b => b.Code).ToHashSet());
        Assert.Equal(20, wijken.Count(w => codes.Contains(w.Code)));
        var haren = await _client.GetAreaAsync(new GetAreaRequest { Code = "WK001413" });
        Assert.Equal((Rivm.AreaTitles["WK001413"], "GM0014", 2019, 2024), (haren.Name, haren.ParentCode, haren.ValidFromYear, haren.ValidToYear));
        Assert.Contains("RIVM 50090NED", haren.Source, StringComparison.Ordinal);
        var buurt = buurten.First(b => b.Code.StartsWith("BU001413", StringComparison.Ordinal));
        Assert.Equal("WK001413", buurt.ParentCode);

        // Importing the same division again changes nothing.
        var again = (await _imports.ImportAsync(StatLineCalls.Request("rivm-50090ned-gebieden")))[^1];
        Assert.Equal((ImportState.Succeeded, 0L), (again.State, again.AreasWritten));
        Assert.Equal(codes.Count, again.AreasUnchanged);
    }

    [Fact]
    public async Task The18PlusFiguresComeInPagesFilteredByStatLineAndEachFigureNamesTheTableAsModified()
    {
        var before = fixture.StatLine.Requests.Count;

        var answers = await _imports.ImportAsync(StatLineCalls.Request("rivm-50090ned-18plus"));

        var outcome = answers[^1];
        Assert.True(outcome.State == ImportState.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        var asked = fixture.StatLine.Requests.Skip(before).Where(r => r.Contains("/TypedDataSet", StringComparison.Ordinal)).ToList();
        Assert.True(asked.Count >= 2, "the rows came in pages");
        Assert.All(asked, r => Assert.Contains("startswith(Leeftijd,'20300')", r, StringComparison.Ordinal));
        Assert.All(asked, r => Assert.Contains("startswith(WijkenEnBuurten,'BU0014')", r, StringComparison.Ordinal));
        Assert.Equal(asked.Count, outcome.Statline.Pages);
        Assert.Equal(("50090NED", StatLineCatalog.CbsThirdParty, new DateTime(2022, 11, 30, 2, 0, 0, DateTimeKind.Utc)),
            (outcome.Statline.Table, outcome.Statline.Catalog, outcome.Statline.TableModified.ToDateTime()));
        Assert.Contains("$filter=", outcome.Statline.Query, StringComparison.Ordinal);
        Assert.Equal(Rows("20300").Count(), outcome.RowsRead);

        await AssertSeriesAsFileAsync(RealData.Rivm18Plus, "eenzaam-18plus", "Eenzaam_28");
        await AssertSeriesAsFileAsync(RealData.Rivm18Plus, "moeite-met-rondkomen-18plus", "MoeiteMetRondkomen_38");
        var selwerd = await SeriesAsync("eenzaam-18plus", "BU00141000");
        Assert.Contains("StatLine 50090NED", selwerd[0].Source, StringComparison.Ordinal);
        Assert.Contains("tabel gewijzigd 2022-11-30", selwerd[0].Source, StringComparison.Ordinal);
        // Vrijwilligerswerk was first measured in 2016: 2012 is no figure at all, not a suppressed one.
        Assert.Contains(outcome.Warnings, w => w.Kind == "not_measured" && w.Field == "vrijwilligerswerk-18plus 2012");
        Assert.DoesNotContain(2012, (await SeriesAsync("vrijwilligerswerk-18plus", "GM0014")).Select(p => p.Year));

        // The same import id again answers its outcome without asking StatLine anything.
        var asking = fixture.StatLine.Requests.Count;
        var retried = (await _imports.ImportAsync(StatLineCalls.Request("rivm-50090ned-18plus", importId: outcome.ImportId)))[^1];
        Assert.Equal((outcome.ObservationsWritten, asking), (retried.ObservationsWritten, fixture.StatLine.Requests.Count));

        // The same table again under a new id writes nothing.
        var again = (await _imports.ImportAsync(StatLineCalls.Request("rivm-50090ned-18plus")))[^1];
        Assert.Equal((ImportState.Succeeded, 0L), (again.State, again.ObservationsWritten));
    }

    [Fact]
    public async Task FiguresRivmSuppressesForSmallBuurtenAreMissingValuesNeverZero()
    {
        var outcome = (await _imports.ImportAsync(StatLineCalls.Request("rivm-50090ned-65plus")))[^1];
        Assert.Equal(ImportState.Succeeded, outcome.State);

        var suppressed = RealData.Read(RealData.Rivm65Plus).First(r => r.Value == "." && r.Column == "Eenzaam_28");
        var point = (await SeriesAsync("eenzaam-65plus", suppressed.AreaCode)).Single(p => p.Year == suppressed.Year);
        Assert.False(point.HasValue);
        Assert.True(outcome.ValuesMissing > 0);
    }

    [Fact]
    public async Task StatLinesCsvDownloadOfTheTableGivesTheSameFiguresAsTheConnector()
    {
        var settings = new ImportSettings
        {
            ImportId = Guid.NewGuid().ToString(), Format = ImportFormat.StatlineCsv, FileName = "50090NED.csv", MappingName = "rivm-50090ned-65plus",
        };

        var outcome = (await _imports.ImportAsync(settings, Encoding.UTF8.GetBytes(Rivm.ToStatLineCsv()))).Outcome();

        Assert.True(outcome.State == ImportState.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        // The download has both age groups; the mapping takes 65+ and leaves the 18+ rows out, said once.
        Assert.Equal(Rows("20300").Count(), outcome.RowsRejected);
        var other = Assert.Single(outcome.Warnings, w => w.Kind == "other_dimension_value");
        Assert.Equal(("Leeftijd", Rows("20300").Count()), (other.Field, other.Count));
        await AssertSeriesAsFileAsync(RealData.Rivm65Plus, "mantelzorger-65plus", "Mantelzorger_32");
        await AssertSeriesAsFileAsync(RealData.Rivm65Plus, "ervaren-gezondheid-goed-65plus", "ErvarenGezondheidGoedZeerGoed_4");
    }

    [Fact]
    public async Task AKerncijfersTableBringsInTheAreasOfItsYearWithTheirInhabitants()
    {
        var kwb = Encoding.UTF8.GetBytes(StatLineTableData.Kwb2024().ToStatLineCsv());
        var settings = new ImportSettings
        {
            ImportId = Guid.NewGuid().ToString(), Format = ImportFormat.StatlineCsv, FileName = "85984NED.csv", MappingName = "cbs-kwb-gebieden",
        };
        var withoutYear = (await _imports.ImportAsync(settings, kwb)).Outcome();
        Assert.Equal((ImportState.Failed, "bad_period"), (withoutYear.State, withoutYear.Errors[0].Kind));

        settings.ImportId = Guid.NewGuid().ToString();
        settings.Year = 2024;
        var outcome = (await _imports.ImportAsync(settings, kwb)).Outcome();

        Assert.True(outcome.State == ImportState.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        var inhabitants = RealData.Read(RealData.Kwb2024).Single(r => r.Column == "AantalInwoners_5" && r.AreaCode == "WK001413");
        var haren = await _client.GetAreaAsync(new GetAreaRequest { Code = "WK001413" });
        // The 2024 table adds its year to the 2019-2024 division's and gives the count of 2024; the name stays.
        Assert.Equal((long.Parse(inhabitants.Value, CultureInfo.InvariantCulture), 2024, 2019, 2024, Rivm.AreaTitles["WK001413"]),
            (haren.Population, haren.PopulationYear, haren.ValidFromYear, haren.ValidToYear, haren.Name));
    }

    [Fact]
    public async Task AnAreaWhoseWijkIsNeitherInTheFileNorKnownFailsTheImportAndWritesNoArea()
    {
        var file = "\"ID\";\"WijkenEnBuurten\";\"SoortRegio_2\";\"Codering_3\"\r\n"
                   + "\"0\";\"GM0999    \";\"Gemeente  \";\"GM0999    \"\r\n"
                   + "\"1\";\"BU09990101\";\"Buurt     \";\"BU09990101\"\r\n"
                   + "\"2\";\"XX\";\"Buurt     \";\"BU0999\"\r\n";
        var settings = new ImportSettings
        {
            ImportId = Guid.NewGuid().ToString(), Format = ImportFormat.StatlineCsv, FileName = "areas.csv", MappingName = "cbs-kwb-gebieden", Year = 2024,
        };

        var outcome = (await _imports.ImportAsync(settings, Encoding.UTF8.GetBytes(file))).Outcome();

        Assert.Equal(ImportState.Failed, outcome.State);
        Assert.Equal(("bad_area", 4L, "Codering"), (outcome.Errors[0].Kind, outcome.Errors[0].Line, outcome.Errors[0].Field));
        var fixedFile = file[..file.LastIndexOf("\"2\"", StringComparison.Ordinal)];
        settings.ImportId = Guid.NewGuid().ToString();
        var orphan = (await _imports.ImportAsync(settings, Encoding.UTF8.GetBytes(fixedFile))).Outcome();
        Assert.Equal(ImportState.Failed, orphan.State);
        Assert.Contains(orphan.Errors, e => e.Kind == "unknown_parent" && e.Field == "BU09990101");
        foreach (var code in new[] { "GM0999", "BU09990101" })
        {
            await RpcAssert.FailsWith(StatusCode.NotFound, () => _client.GetAreaAsync(new GetAreaRequest { Code = code }).ResponseAsync);
        }
    }

    [Fact]
    public async Task APageThatFailsOnceIsAskedAgainAndThePartsOfTheImportDoNotChange()
    {
        fixture.StatLine.Fail("$skip=500", times: 1);

        var outcome = (await _imports.ImportAsync(StatLineCalls.Request("rivm-50090ned-18plus")))[^1];

        Assert.True(outcome.State == ImportState.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        Assert.Equal(Rows("20300").Count(), outcome.RowsRead);
    }

    [Fact]
    public async Task APageThatKeepsFailingFailsTheImportAndWritesNothing()
    {
        var indicator = await NewIndicatorAsync();
        var mapping = $$"""
            { "name": "eenzaam-proef", "version": 1, "format": "cbs-odata-v3", "catalog": "cbs-third-party", "source": "RIVM 50090NED",
              "divisionYear": 2020, "dimensions": { "Leeftijd": "20300", "Marges": "MW00000" },
              "columns": { "Eenzaam_28": { "indicator": "{{indicator}}", "unit": "%" } } }
            """;
        fixture.StatLine.Fail("$skip=500", times: 100);
        var request = StatLineCalls.Request("");
        request.Settings.MappingDocument = mapping;
        request.Catalog = StatLineCatalog.CbsThirdParty;

        var outcome = (await _imports.ImportAsync(request))[^1];
        fixture.StatLine.Fail("$skip=500", times: 0);

        Assert.Equal(ImportState.Failed, outcome.State);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("statline_unavailable", error.Kind);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountObservationsAsync(indicator));
        Assert.Equal(ImportState.Failed, (await _imports.GetImportAsync(new GetImportRequest { ImportId = outcome.ImportId })).State);
    }

    [Fact]
    public async Task TheV4ApiGivesTheSameFiguresAsV3()
    {
        var indicator = await NewIndicatorAsync();
        var request = StatLineCalls.Request("");
        request.Catalog = StatLineCatalog.CbsV4;
        request.Settings.MappingDocument = $$"""
            { "name": "eenzaam-v4", "version": 1, "format": "cbs-odata-v4", "source": "RIVM 50090NED", "divisionYear": 2020,
              "dimensions": { "Leeftijd": "80200", "Marges": "MW00000" },
              "columns": { "Eenzaam_28": { "indicator": "{{indicator}}", "unit": "%" } } }
            """;
        var before = fixture.StatLine.Requests.Count;

        var outcome = (await _imports.ImportAsync(request))[^1];

        Assert.True(outcome.State == ImportState.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        Assert.Contains(fixture.StatLine.Requests.Skip(before), r => r.Contains("/Observations?$filter=", StringComparison.Ordinal)
                                                                    && r.Contains("Leeftijd eq '80200'", StringComparison.Ordinal));
        await AssertSeriesAsFileAsync(RealData.Rivm65Plus, indicator, "Eenzaam_28");
    }

    [Fact]
    public async Task ATableWithADimensionTheMappingDoesNotChooseIsRefusedBeforeAnythingIsRead()
    {
        var indicator = await NewIndicatorAsync();
        var request = StatLineCalls.Request("");
        request.Catalog = StatLineCatalog.CbsThirdParty;
        request.Settings.MappingDocument = $$"""
            { "name": "zonder-leeftijd", "version": 1, "format": "cbs-odata-v3", "source": "RIVM 50090NED", "divisionYear": 2020,
              "dimensions": { "Marges": "MW00000" }, "columns": { "Eenzaam_28": { "indicator": "{{indicator}}", "unit": "%" } } }
            """;

        var violations = await RpcAssert.RejectsWith(() => _imports.ImportAsync(request));

        Assert.Contains(violations, v => v.Field == "settings.mapping_document.dimensions" && v.Description.Contains("Leeftijd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadRequestsNameTheirFieldAndStartNothing()
    {
        // A mapping made for no table in particular: StatLine itself says there is no such table.
        var unknownTable = StatLineCalls.Request("cbs-kwb-gebieden", table: "99999NED");
        Assert.Contains("table", await RpcAssert.RejectsFields(() => _imports.ImportAsync(unknownTable)));

        // A mapping made for another table is refused before StatLine is asked.
        var asked = fixture.StatLine.Requests.Count;
        var otherTable = StatLineCalls.Request("rivm-50090ned-18plus", table: "85984NED");
        Assert.Contains("table", await RpcAssert.RejectsFields(() => _imports.ImportAsync(otherTable)));
        Assert.Equal(asked, fixture.StatLine.Requests.Count);

        var bad = StatLineCalls.Request("rivm-50090ned-18plus", table: "50090NED'or'1", region: "Groningen");
        bad.Catalog = (StatLineCatalog)42;
        var fields = (await RpcAssert.RejectsFields(() => _imports.ImportAsync(bad))).ToHashSet();
        Assert.Superset(new HashSet<string> { "table", "region", "catalog" }, fields);

        var noMapping = StatLineCalls.Request("");
        Assert.Contains("settings.mapping_name", await RpcAssert.RejectsFields(() => _imports.ImportAsync(noMapping)));

        var wrongFormat = StatLineCalls.Request("rivm-50090ned-18plus");
        wrongFormat.Settings.Format = ImportFormat.LongCsv;
        Assert.Contains("settings.format", await RpcAssert.RejectsFields(() => _imports.ImportAsync(wrongFormat)));

        foreach (var request in new[] { unknownTable, otherTable, bad, noMapping, wrongFormat })
        {
            await RpcAssert.FailsWith(StatusCode.NotFound,
                () => _imports.GetImportAsync(new GetImportRequest { ImportId = request.Settings.ImportId }).ResponseAsync);
        }
    }

    private async Task LoadAreasAsync()
    {
        var outcome = (await _imports.ImportAsync(StatLineCalls.Request("rivm-50090ned-gebieden")))[^1];
        Assert.True(outcome.State == ImportState.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
    }

    /// <summary>Every figure of the file's column for GM0014 is in the indicator's series, with its year and value.</summary>
    private async Task AssertSeriesAsFileAsync(string file, string indicator, string column)
    {
        var expected = RealData.Read(file).Where(r => r.Column == column).ToList();
        var codes = expected.Select(r => r.AreaCode).Distinct().ToList();
        var series = new Dictionary<(string, int), SeriesPoint>();
        foreach (var batch in codes.Chunk(200))
        {
            var response = await _client.GetSeriesAsync(new GetSeriesRequest
            {
                IndicatorCode = indicator, AreaCodes = { batch }, FromYear = 2000, ToYear = 2030,
            });
            foreach (var area in response.Series)
            {
                foreach (var point in area.Points)
                {
                    series[(area.AreaCode, point.Year)] = point;
                }
            }
        }

        Assert.All(expected, row =>
        {
            var point = series[(row.AreaCode, row.Year)];
            if (row.Value == ".")
            {
                Assert.False(point.HasValue, $"{row.AreaCode} {row.Year} is suppressed");
            }
            else
            {
                Assert.Equal(double.Parse(row.Value, CultureInfo.InvariantCulture), point.Value, 6);
            }
        });
    }

    private async Task<IReadOnlyList<SeriesPoint>> SeriesAsync(string indicator, string area)
        => (await _client.GetSeriesAsync(new GetSeriesRequest
        {
            IndicatorCode = indicator, AreaCodes = { area }, FromYear = 2000, ToYear = 2030,
        })).Series[0].Points;

    private async Task<List<Area>> AllAreasAsync(AreaLevel level)
    {
        var areas = new List<Area>();
        var token = "";
        do
        {
            var page = await _client.ListAreasAsync(new ListAreasRequest { Level = level, PageSize = 500, PageToken = token });
            areas.AddRange(page.Areas);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return areas;
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Rows(string age)
        => Rivm.Rows.Where(r => (string)r["Leeftijd"]! == age);

    private async Task<string> NewIndicatorAsync()
    {
        var code = "proef-" + Guid.NewGuid().ToString("N")[..12];
        await _client.CreateIndicatorAsync(new CreateIndicatorRequest
        {
            Indicator = new Indicator
            {
                Code = code, Name = "Proef", Unit = "%", Direction = Direction.LowerIsBetter, Theme = "participatie",
                Source = new IndicatorSource { Dataset = "RIVM 50090NED", Column = "Eenzaam_28" }, Aggregation = Aggregation.None,
            },
        });
        return code;
    }

    private async Task<long> CountObservationsAsync(string indicator)
    {
        await using var command = fixture.Database.CreateCommand("SELECT count(*) FROM observations WHERE indicator_code = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = indicator });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
