using System.Text;
using Google.Protobuf;
using Nplv.Indicators.V1;

namespace Nplv.Indicators.Tests.Imports;

/// <summary>The files in tests/Fixtures/Imports, each in its real format, imported through the service.</summary>
[Collection(IndicatorsServiceCollection.Name)]
public sealed class FixtureImportTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;
    private readonly ImportsService.ImportsServiceClient _imports = fixture.Imports;

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Imports", name));

    private static ImportSettings Settings(ImportFormat format, string mapping, string? metadata = null) => new()
    {
        ImportId = Guid.NewGuid().ToString(),
        Format = format,
        FileName = "fixture",
        MappingName = mapping,
        Metadata = metadata is null ? ByteString.Empty : ByteString.CopyFrom(Fixture(metadata)),
    };

    private async Task<SeriesPoint?> Point(string indicator, string area, int year)
        => (await _client.GetSeriesAsync(new GetSeriesRequest { IndicatorCode = indicator, AreaCodes = { area }, FromYear = year, ToYear = year }))
            .Series[0].Points.SingleOrDefault(p => !p.Derived);

    private static void AssertSucceeded(V1.Import outcome)
    {
        Assert.True(outcome.State == V1.ImportState.Succeeded, string.Join("; ", outcome.Errors));
        // Other tests import the same figures, so an observation is either written here or found unchanged.
        Assert.Equal(outcome.ObservationsRead, outcome.ObservationsWritten + outcome.ObservationsUnchanged);
    }

    [Fact]
    public async Task ACbsV3PageWithItsDataPropertiesIsImportedAndWhatWasLeftOutIsReported()
    {
        var outcome = (await _imports.ImportAsync(
            Settings(ImportFormat.CbsOdataV3, "cbs-kwb-2016", "cbs-83487NED-dataproperties.json"),
            Fixture("cbs-83487NED-typeddataset-page1.json"), chunkSize: 100)).Outcome();

        AssertSucceeded(outcome);
        Assert.Equal(("cbs-kwb-2016 v1", 8L, 2L, 6L, 1L),
            (outcome.Mapping, outcome.RowsRead, outcome.RowsRejected, outcome.ObservationsRead, outcome.ValuesMissing));
        Assert.Equal(
            [("unknown_area", "BU00140007"), ("unknown_area", "BU03630000"), ("more_pages", "odata.nextLink"), ("unmapped_column", "Mannen_6")],
            outcome.Warnings.Select(w => (w.Kind, w.Field)).OrderBy(w => w.Kind == "unmapped_column").ThenBy(w => w.Kind == "more_pages"));
        Assert.Contains("Mannen", outcome.Warnings.Single(w => w.Kind == "unmapped_column").Message, StringComparison.Ordinal);
        var hoogte = await Point("woningvoorraad", "BU00140300", 2016);
        Assert.Equal((2360, "CBS 83487NED (Kerncijfers wijken en buurten 2016)"), (hoogte?.Value, hoogte?.Source));
        var oudNoord = await Point("woningvoorraad", "WK001403", 2016);
        Assert.False(oudNoord!.HasValue);
    }

    [Fact]
    public async Task ACbsV4PageOfObservationsWithItsMeasureCodesIsImported()
    {
        var outcome = (await _imports.ImportAsync(
            Settings(ImportFormat.CbsOdataV4, "cbs-kwb-2016-observations", "cbs-83487NED-measurecodes.json"),
            Fixture("cbs-83487NED-observations-page1.json"), chunkSize: 333)).Outcome();

        AssertSucceeded(outcome);
        Assert.Equal((9L, 2L, 4L, 1L), (outcome.RowsRead, outcome.RowsRejected, outcome.ObservationsRead, outcome.ValuesMissing));
        Assert.Contains(outcome.Warnings, w => (w.Kind, w.Field) == ("unmapped_column", "M000114"));
        Assert.DoesNotContain(outcome.Warnings, w => w.Field == "T001036");
        Assert.Equal(4705, (await Point("woningvoorraad", "BU00140301", 2016))?.Value);
    }

    [Fact]
    public async Task ALeefbaarometerFileKeepsItsEmptyScoresAsMissingAndReportsTheDimensionsItDoesNotMap()
    {
        var outcome = (await _imports.ImportAsync(
            Settings(ImportFormat.LeefbaarometerCsv, "leefbaarometer-buurten"), Fixture("leefbaarometer-buurten-2022.csv"))).Outcome();

        AssertSucceeded(outcome);
        Assert.Equal((5L, 1L), (outcome.RowsRead, outcome.RowsRejected));
        Assert.Equal(outcome.ObservationsRead, outcome.ValuesMissing);
        Assert.Equal(["afw", "fys", "onv", "soc", "vrz", "won"],
            outcome.Warnings.Where(w => w.Kind == "unmapped_column").Select(w => w.Field).Order());
        Assert.False((await Point("leefbaarometer-score", "BU00141000", 2022))!.HasValue);
    }

    [Fact]
    public async Task ALeefbaarometerWijkFileWithAnUnnamedRowNumberColumnImportsWithAWarningForIt()
    {
        var outcome = (await _imports.ImportAsync(
            Settings(ImportFormat.LeefbaarometerCsv, "leefbaarometer-wijken"), Fixture("leefbaarometer-wijken-2022.csv"))).Outcome();

        AssertSucceeded(outcome);
        Assert.Equal((3L, 1L), (outcome.RowsRead, outcome.RowsRejected));
        Assert.Contains(outcome.Warnings, w => w.Kind == "unmapped_column" && w.Field == "" && w.Message.Contains("without a name", StringComparison.Ordinal));
        Assert.False((await Point("leefbaarometer-score", "WK001410", 2022))!.HasValue);

        var city = (await _imports.ImportAsync(
            Settings(ImportFormat.LeefbaarometerCsv, "leefbaarometer-gemeenten"), Fixture("leefbaarometer-gemeenten-2022.csv"))).Outcome();
        AssertSucceeded(city);
        Assert.Equal(1L, city.ObservationsRead);
    }

    [Fact]
    public async Task TheLongCsvFixtureIsImportedWithItsOwnSources()
    {
        var outcome = (await _imports.ImportAsync(
            new ImportSettings { ImportId = Guid.NewGuid().ToString(), Format = ImportFormat.LongCsv, FileName = "long-observations.csv" },
            Fixture("long-observations.csv"))).Outcome();

        AssertSucceeded(outcome);
        Assert.Equal((7L, 1L), (outcome.RowsRead, outcome.RowsRejected));
        Assert.Equal(13.8, (await Point("huishoudens-sociaal-minimum", "GM0014", 2020))?.Value);
        Assert.Equal(3183, (await Point("woningvoorraad", "BU00141000", 2016))?.Value);
    }

    [Fact]
    public async Task InACbsTableANegativeFigureIsSuppressedAndTextWhereAFigureBelongsIsAnError()
    {
        var page = """
            { "value": [
              { "ID": 0, "WijkenEnBuurten": "BU00141001  ", "Woningvoorraad_31": -99999997 },
              { "ID": 1, "WijkenEnBuurten": "BU00141002  ", "Woningvoorraad_31": -5 },
              { "ID": 2, "WijkenEnBuurten": "BU00141003  ", "Woningvoorraad_31": "veel" } ] }
            """;

        var outcome = (await _imports.ImportAsync(Settings(ImportFormat.CbsOdataV3, "cbs-kwb-2016"), page)).Outcome();

        Assert.Equal(V1.ImportState.Failed, outcome.State);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("bad_value", 3L, "Woningvoorraad_31"), (error.Kind, error.Line, error.Field));

        var fixedPage = page.Replace("\"veel\"", "12", StringComparison.Ordinal);
        var fixedOutcome = (await _imports.ImportAsync(Settings(ImportFormat.CbsOdataV3, "cbs-kwb-2016"), Encoding.UTF8.GetBytes(fixedPage))).Outcome();
        Assert.Equal((V1.ImportState.Succeeded, 2L), (fixedOutcome.State, fixedOutcome.ValuesMissing));
        var negative = Assert.Single(fixedOutcome.Warnings, w => w.Kind == "negative_suppressed");
        Assert.Equal(("Woningvoorraad_31", 1L, 2L), (negative.Field, negative.Count, negative.Line));
        Assert.False((await Point("woningvoorraad", "BU00141002", 2016))!.HasValue);
        Assert.Equal(12, (await Point("woningvoorraad", "BU00141003", 2016))?.Value);
    }

    [Fact]
    public async Task TheServiceListsItsMappings()
    {
        var mappings = (await _imports.ListImportMappingsAsync(new ListImportMappingsRequest())).Mappings;

        Assert.Contains(mappings, m => (m.Name, m.Version, m.Format) == ("cbs-kwb-2016", 1, ImportFormat.CbsOdataV3));
        Assert.All(mappings, m => Assert.False(string.IsNullOrEmpty(m.Document)));
    }
}
