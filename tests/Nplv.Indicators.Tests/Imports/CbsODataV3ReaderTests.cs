using System.Text;
using Nplv.Indicators.Imports;
using Nplv.Indicators.Imports.Formats;
using static Nplv.Indicators.Tests.Imports.ImportFixtures;

namespace Nplv.Indicators.Tests.Imports;

public sealed class CbsODataV3ReaderTests
{
    [Fact]
    public async Task EveryRecordOfThePageKeepsItsPaddedKeyAndRawCells()
    {
        var reading = await ReadAsync(ImportFormat.CbsODataV3, Bytes(CbsV3Page));

        Assert.Equal(["WK001403  ", "BU00140300", "BU00140301", "BU00140302", "BU00140007", "BU00141000", "BU00141005", "BU03630000"],
            reading.Records.Select(r => r.AreaKey));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), reading.Records.Select(r => r.Line));
        var deHoogte = reading.Area("BU00140300");
        Assert.Null(deHoogte.Period);
        Assert.Equal(
            ["Gemeentenaam_1=Groningen                               ", "SoortRegio_2=Buurt     ", "Codering_3=BU00140300",
             "AantalInwoners_5=3885", "Mannen_6=<null>", "Woningvoorraad_31=2360"],
            deHoogte.Cells.Select(c => $"{c.Column}={c.Text ?? "<null>"}"));
        Assert.Null(reading.Area("WK001403  ").Cells.Single(c => c.Column == "Woningvoorraad_31").Text);
        Assert.Equal("-99999999", reading.Area("BU03630000").Cells.Single(c => c.Column == "Woningvoorraad_31").Text);
        Assert.All(reading.Records.SelectMany(r => r.Cells), c => Assert.False(c.Suppressed));
    }

    [Fact]
    public async Task APageWithANextLinkSaysWhereTheRestIs()
    {
        var reading = await ReadAsync(ImportFormat.CbsODataV3, Bytes(CbsV3Page));

        var warning = Assert.Single(reading.Warnings);
        Assert.Equal(("more_pages", "odata.nextLink"), (warning.Kind, warning.Field));
        Assert.Contains("https://opendata.cbs.nl/ODataApi/OData/83487NED/TypedDataSet?$skip=8", warning.Message);
    }

    [Fact]
    public async Task ANextLinkBeforeTheRecordsIsNoticedToo()
    {
        var reading = await ReadAsync(ImportFormat.CbsODataV3,
            """{"odata.nextLink": "https://example.org/next", "odata.metadata": {"nested": [1, {"value": 2}]}, "value": [{"WijkenEnBuurten": "GM0014    "}]}""");

        Assert.Equal("GM0014    ", Assert.Single(reading.Records).AreaKey);
        Assert.Contains("https://example.org/next", Assert.Single(reading.Warnings).Message);
    }

    [Fact]
    public async Task AFileFedAFewBytesAtATimeGivesTheSameRecords()
    {
        var whole = await ReadAsync(ImportFormat.CbsODataV3, Bytes(CbsV3Page));

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var trickled = await ReadAsync(ImportFormat.CbsODataV3, new TrickleStream(Bytes(CbsV3Page), seed));

            Assert.Equal(whole.Described(), trickled.Described());
            Assert.Single(trickled.Warnings);
        }
    }

    [Fact]
    public async Task ALargePageIsReadOneRecordAtATime()
    {
        var file = new GeneratedPageStream(200_000);
        var options = new SourceReaderOptions(null, null, _ => { });
        await using var records = new CbsODataV3Reader().ReadAsync(file, options, CancellationToken.None).GetAsyncEnumerator();

        Assert.True(await records.MoveNextAsync());
        Assert.Equal("BU00000000", records.Current.AreaKey);
        Assert.True(file.BytesRead < 64 * 1024, $"read {file.BytesRead} bytes before the first record");

        var count = 1L;
        while (await records.MoveNextAsync())
        {
            count++;
        }

        Assert.Equal(200_000, count);
        Assert.True(file.BytesRead > 10_000_000);
    }

    [Fact]
    public async Task AFileCutInTheMiddleFailsAtTheRecordItBreaksOff()
    {
        var page = Bytes(CbsV3Page);
        var cutInFifthRecord = Encoding.UTF8.GetString(page).IndexOf("BU00140007", StringComparison.Ordinal);

        var (issue, before) = await FailureAsync(ImportFormat.CbsODataV3, page[..cutInFifthRecord]);

        Assert.Equal(("malformed", 5L), (issue.Kind, issue.Line));
        Assert.Equal(4, before);
    }

    [Fact]
    public async Task BrokenJsonIsMalformedAtItsRecord()
    {
        var broken = Encoding.UTF8.GetString(Bytes(CbsV3Page)).Replace("\"AantalInwoners_5\": 8530", "\"AantalInwoners_5\" 8530");

        var (issue, before) = await FailureAsync(ImportFormat.CbsODataV3, broken);

        Assert.Equal(("malformed", 3L), (issue.Kind, issue.Line));
        Assert.Equal(2, before);
        Assert.Contains("line 6", issue.Message);
    }

    [Theory]
    [InlineData("""{"value": [{"WijkenEnBuurten": "GM0014"}, 42]}""", 2L, "")]
    [InlineData("""{"value": [{"WijkenEnBuurten": "GM0014"}, {"ID": 1, "AantalInwoners_5": 4}]}""", 2L, "WijkenEnBuurten")]
    [InlineData("""{"value": [{"WijkenEnBuurten": null}]}""", 1L, "WijkenEnBuurten")]
    [InlineData("""{"value": [{"WijkenEnBuurten": "GM0014", "Codering_3": {"a": 1}}]}""", 1L, "Codering_3")]
    [InlineData("""{"value": {"WijkenEnBuurten": "GM0014"}}""", 0L, "")]
    [InlineData("""{"odata.metadata": "x"}""", 0L, "")]
    [InlineData("""[{"WijkenEnBuurten": "GM0014"}]""", 0L, "")]
    [InlineData("""{"value": []} trailing""", 0L, "")]
    [InlineData("", 0L, "")]
    public async Task WhatIsNotAPageOfRecordsIsMalformed(string file, long line, string field)
    {
        var (issue, _) = await FailureAsync(ImportFormat.CbsODataV3, file);

        Assert.Equal(("malformed", line, field), (issue.Kind, issue.Line, issue.Field));
    }

    [Fact]
    public async Task TheAreaAndPeriodColumnsCanBeNamed()
    {
        const string page = """{"value": [{"ID": 0, "RegioS": "BU00140300", "Perioden": "2016JJ00", "Jaar": "2016", "AantalInwoners_5": 3885}]}""";

        var byDefault = await ReadAsync(ImportFormat.CbsODataV3, page, areaColumn: "RegioS");
        var named = await ReadAsync(ImportFormat.CbsODataV3, page, areaColumn: "RegioS", periodColumn: "Jaar");

        Assert.Equal(["Jaar=2016", "AantalInwoners_5=3885"], byDefault.Described().Single().Split('|')[5].Split(';'));
        Assert.Equal("2016JJ00", byDefault.Records[0].Period);
        Assert.Equal(("BU00140300", "2016"), (named.Records[0].AreaKey, named.Records[0].Period));
        Assert.Contains(named.Records[0].Cells, c => c.Column == "Perioden");
        var (issue, _) = await FailureAsync(ImportFormat.CbsODataV3, page);
        Assert.Equal("WijkenEnBuurten", issue.Field);
    }
}
