using Nplv.Indicators.Imports;
using static Nplv.Indicators.Tests.Imports.ImportFixtures;

namespace Nplv.Indicators.Tests.Imports;

public sealed class LongCsvReaderTests
{
    [Fact]
    public async Task EachLineIsOneObservationWithItsOwnStatusAndSource()
    {
        var reading = await ReadAsync(ImportFormat.LongCsv, Bytes(LongCsv));

        Assert.Equal(7, reading.Records.Count);
        Assert.Equal(
            "2|GM0014|2020|definitief|Basismonitor Groningen (basismonitor-groningen.nl), rondkomen|huishoudens-sociaal-minimum=13.8",
            reading.Described().First());
        Assert.Equal("8|WK001403|2016JJ00|definitief|CBS Kerncijfers wijken en buurten 2016: geen wijkcijfer in de bron|woningvoorraad=<null>", reading.Described().Last());
    }

    [Fact]
    public async Task AFileFedAFewBytesAtATimeGivesTheSameRecords()
    {
        var whole = await ReadAsync(ImportFormat.LongCsv, Bytes(LongCsv));

        var trickled = await ReadAsync(ImportFormat.LongCsv, new TrickleStream(Bytes(LongCsv), seed: 5));

        Assert.Equal(whole.Described(), trickled.Described());
    }
}
