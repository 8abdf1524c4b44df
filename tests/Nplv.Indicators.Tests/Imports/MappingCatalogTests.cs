using Nplv.Indicators.Data.Seed;
using Nplv.Indicators.Domain;
using Nplv.Indicators.Imports;
using Nplv.Indicators.Imports.Mapping;
using System.Text;
using Nplv.Shared.Domain;
using Nplv.Testing.StatLine;
using static Nplv.Indicators.Tests.Imports.ImportFixtures;

namespace Nplv.Indicators.Tests.Imports;

public sealed class MappingCatalogTests
{
    // A file of the kind each mapping reads: the fixtures, and StatLine's CSV download of the real tables.
    private static readonly Dictionary<string, Func<(ImportFormat Format, byte[] File)>> FixtureOf = new()
    {
        ["cbs-kwb-2016"] = () => (ImportFormat.CbsODataV3, Bytes(CbsV3Page)),
        ["cbs-kwb-2016-observations"] = () => (ImportFormat.CbsODataV4, Bytes(CbsV4Page)),
        ["cbs-kwb-2024"] = () => (ImportFormat.StatLineCsv, Encoding.UTF8.GetBytes(StatLineTableData.Kwb2024().ToStatLineCsv())),
        ["cbs-kwb-gebieden"] = () => (ImportFormat.StatLineCsv, Encoding.UTF8.GetBytes(StatLineTableData.Kwb2024().ToStatLineCsv())),
        ["leefbaarometer-buurten"] = () => (ImportFormat.LeefbaarometerCsv, Bytes(Leefbaarometer)),
        ["leefbaarometer-wijken"] = () => (ImportFormat.LeefbaarometerCsv, Bytes(LeefbaarometerWijken)),
        ["leefbaarometer-gemeenten"] = () => (ImportFormat.LeefbaarometerCsv, Bytes(LeefbaarometerGemeenten)),
        ["rivm-50090ned-18plus"] = Rivm,
        ["rivm-50090ned-65plus"] = Rivm,
        ["rivm-50090ned-gebieden"] = Rivm,
    };

    private static (ImportFormat, byte[]) Rivm() => (ImportFormat.StatLineCsv, Encoding.UTF8.GetBytes(StatLineTableData.Rivm50090().ToStatLineCsv()));

    [Fact]
    public void EveryBuiltInMappingLoads()
    {
        var catalog = MappingCatalog.LoadBuiltIn();

        Assert.Equal(
            ["cbs-kwb-2016", "cbs-kwb-2016-observations", "cbs-kwb-2024", "cbs-kwb-gebieden", "leefbaarometer-buurten",
             "leefbaarometer-gemeenten", "leefbaarometer-wijken", "rivm-50090ned-18plus", "rivm-50090ned-65plus", "rivm-50090ned-gebieden"],
            catalog.All.Select(m => m.Name));
        Assert.All(catalog.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Document)));
        Assert.Equal(ImportFormat.CbsODataV4, catalog.Find("cbs-kwb-2016-observations", 0)!.Format);
    }

    [Fact]
    public void EveryMappedIndicatorIsSeededWithTheSameUnit()
    {
        var units = IndicatorSeedData.Indicators.ToDictionary(i => i.Code, i => i.Unit);

        foreach (var (column, mapping) in MappingCatalog.LoadBuiltIn().All.SelectMany(m => m.Columns))
        {
            Assert.True(units.TryGetValue(mapping.Indicator, out var unit), $"{column} maps to {mapping.Indicator}, which is not seeded");
            Assert.Equal(unit, mapping.Unit);
        }
    }

    [Fact]
    public async Task EveryMappedColumnIsInItsFixture()
    {
        foreach (var mapping in MappingCatalog.LoadBuiltIn().All)
        {
            var (format, file) = FixtureOf[mapping.Name]();
            var reading = await ReadAsync(format, file, mapping.AreaColumn, mapping.PeriodColumn);

            var columns = reading.Records.SelectMany(r => r.Cells).Select(c => c.Column).ToHashSet();
            Assert.All(mapping.Columns.Keys, c => Assert.Contains(c, columns));
            if (mapping.Areas?.PopulationColumn is { } population)
            {
                Assert.Contains(population, columns);
            }
        }
    }

    [Fact]
    public void FindGivesTheNewestVersionForZeroAndAnExactOneOtherwise()
    {
        var catalog = new MappingCatalog([Mapping("a", 1), Mapping("b", 1), Mapping("a", 3), Mapping("a", 2)]);

        Assert.Equal(["a v3", "a v2", "a v1", "b v1"], catalog.All.Select(m => m.Label));
        Assert.Equal(3, catalog.Find("a", 0)!.Version);
        Assert.Equal(2, catalog.Find("a", 2)!.Version);
        Assert.Null(catalog.Find("a", 4));
        Assert.Null(catalog.Find("c", 0));
    }

    [Fact]
    public void TheSameNameAndVersionTwiceIsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => new MappingCatalog([Mapping("a", 1), Mapping("a", 1)]));
    }

    private static ImportMapping Mapping(string name, int version)
    {
        var validator = new Validator();
        var mapping = ImportMappingDocument.Parse(
            $$"""{"name": "{{name}}", "version": {{version}}, "format": "cbs-odata-v3", "source": "CBS", "year": 2016, "columns": { "Woningvoorraad_31": { "indicator": "woningvoorraad", "unit": "aantal" } } }""",
            "mapping", validator);
        Assert.True(validator.IsValid);
        return mapping;
    }
}
