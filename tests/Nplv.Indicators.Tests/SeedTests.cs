using Microsoft.Extensions.DependencyInjection;
using Nplv.Indicators.Imports.Mapping;
using Nplv.Indicators.V1;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Tests;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class SeedTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;

    [Fact]
    public async Task ThePublicFiguresAreSeededWithTheirSources()
    {
        var latest = await _client.GetLatestValuesAsync(new GetLatestValuesRequest
        {
            AreaCode = "GM0014",
            IndicatorCodes = { "huishoudens-sociaal-minimum", "geregistreerde-werkzoekenden", "geregistreerde-misdrijven" },
        });
        var indicator = await _client.GetIndicatorAsync(new GetIndicatorRequest { Code = "huishoudens-sociaal-minimum" });

        var byCode = latest.Values.ToDictionary(v => v.IndicatorCode);
        Assert.Equal((2020, 13.8), (byCode["huishoudens-sociaal-minimum"].Year, byCode["huishoudens-sociaal-minimum"].Value));
        Assert.Equal((2022, 8.6), (byCode["geregistreerde-werkzoekenden"].Year, byCode["geregistreerde-werkzoekenden"].Value));
        Assert.Equal((2022, 57.0), (byCode["geregistreerde-misdrijven"].Year, byCode["geregistreerde-misdrijven"].Value));
        Assert.Contains("basismonitor-groningen.nl", byCode["huishoudens-sociaal-minimum"].Source);
        Assert.Equal(Direction.LowerIsBetter, indicator.Direction);
    }

    [Fact]
    public async Task TheIndicatorsTheBuiltInMappingsFillAreSeeded()
    {
        var codes = MappingCatalog.LoadBuiltIn().All.SelectMany(m => m.Columns.Values).Select(c => c.Indicator).Distinct();

        var batch = await _client.BatchGetIndicatorsAsync(new BatchGetIndicatorsRequest { Codes = { codes } });

        var byCode = batch.Indicators.ToDictionary(i => i.Code);
        Assert.Equal(codes.Order(StringComparer.Ordinal), byCode.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(16, byCode.Count);
        Assert.Equal(("aantal", Aggregation.Sum, "wonen"), (byCode["woningvoorraad"].Unit, byCode["woningvoorraad"].Aggregation, byCode["woningvoorraad"].Theme));
        Assert.Equal(("score", Aggregation.PopulationWeightedMean), (byCode["leefbaarometer-score"].Unit, byCode["leefbaarometer-score"].Aggregation));
        // RIVM's estimates per age group: one indicator each, with RIVM's own wijk figures (nothing derived).
        var lonely = byCode["eenzaam-65plus"];
        Assert.Equal(("%", Direction.LowerIsBetter, "participatie", Aggregation.None, "Eenzaam_28"),
            (lonely.Unit, lonely.Direction, lonely.Theme, lonely.Aggregation, lonely.Source.Column));
        Assert.Equal(Direction.HigherIsBetter, byCode["ervaren-gezondheid-goed-18plus"].Direction);
    }

    [Fact]
    public async Task SeedingAgainChangesNoRowAndKeepsAFigureCorrectedSince()
    {
        await Record(13.9);
        try
        {
            var before = await RowVersions();

            await SeedAgain();

            Assert.Equal(before, await RowVersions());
            var series = await _client.GetSeriesAsync(new GetSeriesRequest
            {
                IndicatorCode = "huishoudens-sociaal-minimum", AreaCodes = { "GM0014" }, FromYear = 2020, ToYear = 2020,
            });
            Assert.Equal(13.9, series.Series[0].Points[0].Value);
        }
        finally
        {
            await Record(13.8);
        }
    }

    private Task Record(double value) => _client.RecordObservationsAsync(new RecordObservationsRequest
    {
        Observations =
        {
            new Observation
            {
                IndicatorCode = "huishoudens-sociaal-minimum", AreaCode = "GM0014", Year = 2020, Value = value,
                Status = ObservationStatus.Definitief, Source = "Basismonitor Groningen (basismonitor-groningen.nl), rondkomen",
            },
        },
    }).ResponseAsync;

    private async Task SeedAgain()
    {
        foreach (var seeder in fixture.Service.Services.GetServices<IDatabaseSeeder>())
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }

    private async Task<HashSet<string>> RowVersions()
    {
        await using var command = fixture.Database.CreateCommand(
            """
            SELECT 'area ' || code || ' ' || xmin FROM areas
            UNION ALL SELECT 'indicator ' || code || ' ' || xmin FROM indicators
            UNION ALL SELECT 'observation ' || indicator_code || area_code || year || ' ' || xmin FROM observations
            UNION ALL SELECT 'membership ' || programme || area_code || from_year || ' ' || xmin FROM programme_memberships
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }
}
