using System.Text;
using Nplv.Indicators.Imports;
using static Nplv.Indicators.Tests.Imports.ImportFixtures;

namespace Nplv.Indicators.Tests.Imports;

public sealed class CbsODataV4ReaderTests
{
    [Fact]
    public async Task EachObservationIsOneCellNamedByItsMeasure()
    {
        var reading = await ReadAsync(ImportFormat.CbsODataV4, Bytes(CbsV4Page));

        Assert.Equal(
        [
            "1|BU00140300||||T001036=3885.0",
            "2|BU00140300||||M000297=2360.0",
            "3|BU00140301||||T001036=8530.0",
            "4|BU00140301||||M000297=4705.0",
            "5|WK001403  ||||M000297=<null>!",
            "6|BU00140007||||M000297=2.0",
            "7|BU03630000||||M000297=<null>!",
            "8|BU00141000||||M000114=<null>!",
            "9|BU00141000||||M000297=3183.0",
        ], reading.Described());
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public async Task AFileFedAFewBytesAtATimeGivesTheSameRecords()
    {
        var whole = await ReadAsync(ImportFormat.CbsODataV4, Bytes(CbsV4Page));

        var trickled = await ReadAsync(ImportFormat.CbsODataV4, new TrickleStream(Bytes(CbsV4Page), seed: 11));

        Assert.Equal(whole.Described(), trickled.Described());
    }

    [Fact]
    public async Task ATextMeasureGivesItsStringValueAndThePeriodIsRead()
    {
        var reading = await ReadAsync(ImportFormat.CbsODataV4,
            """
            {"@odata.nextLink": "https://datasets.cbs.nl/odata/v1/CBS/83487NED/Observations?$skip=2", "value": [
              {"Id": 0, "Measure": "M000297", "ValueAttribute": "None", "Value": 2360.0, "StringValue": null, "WijkenEnBuurten": "BU00140300", "Perioden": "2016JJ00"},
              {"Id": 1, "Measure": "Gemeentenaam", "ValueAttribute": "None", "StringValue": "Groningen", "WijkenEnBuurten": "BU00140300", "Perioden": "2016JJ00"},
              {"Id": 2, "Measure": "M000297", "Value": 2360.0, "WijkenEnBuurten": "BU00140300", "Perioden": "2016JJ00"}
            ]}
            """);

        Assert.Equal(
            ["1|BU00140300|2016JJ00|||M000297=2360.0", "2|BU00140300|2016JJ00|||Gemeentenaam=Groningen", "3|BU00140300|2016JJ00|||M000297=2360.0"],
            reading.Described());
        var warning = Assert.Single(reading.Warnings);
        Assert.Equal("more_pages", warning.Kind);
        Assert.Contains("Observations?$skip=2", warning.Message);
    }

    [Fact]
    public async Task AFileCutInTheMiddleFailsAtTheRecordItBreaksOff()
    {
        var page = Bytes(CbsV4Page);
        var cut = Encoding.UTF8.GetString(page).IndexOf("4705.0", StringComparison.Ordinal);

        var (issue, before) = await FailureAsync(ImportFormat.CbsODataV4, page[..cut]);

        Assert.Equal(("malformed", 4L), (issue.Kind, issue.Line));
        Assert.Equal(3, before);
    }

    [Theory]
    [InlineData("""{"value": [{"Id": 0, "Value": 1.0, "WijkenEnBuurten": "GM0014"}]}""", "Measure")]
    [InlineData("""{"value": [{"Id": 0, "Measure": "M000297", "Value": 1.0}]}""", "WijkenEnBuurten")]
    public async Task AnObservationWithoutMeasureOrAreaIsMalformed(string file, string field)
    {
        var (issue, _) = await FailureAsync(ImportFormat.CbsODataV4, file);

        Assert.Equal(("malformed", 1L, field), (issue.Kind, issue.Line, issue.Field));
    }
}
