using System.Text;
using Nplv.Indicators.Imports;
using Nplv.Indicators.Imports.Formats;
using static Nplv.Indicators.Tests.Imports.ImportFixtures;

namespace Nplv.Indicators.Tests.Imports;

public sealed class SourceMetadataTests
{
    [Fact]
    public void DataPropertiesGiveTitlesAndUnitsAndOnlyNumericTopicsAreMeasures()
    {
        var metadata = SourceMetadata.Parse(ImportFormat.CbsODataV3, Bytes(CbsV3DataProperties));

        Assert.Equal(new SourceColumn("AantalInwoners_5", "Aantal inwoners", "aantal", true), metadata.Columns["AantalInwoners_5"]);
        Assert.Equal(new SourceColumn("Woningvoorraad_31", "Woningvoorraad", "aantal", true), metadata.Columns["Woningvoorraad_31"]);
        Assert.False(metadata.Columns["WijkenEnBuurten"].IsMeasure);
        Assert.False(metadata.Columns["Gemeentenaam_1"].IsMeasure);
        Assert.False(metadata.Columns["Bevolking"].IsMeasure);
        Assert.Equal(
            ["AantalInwoners_5", "Mannen_6", "Woningvoorraad_31"],
            metadata.Columns.Values.Where(c => c.IsMeasure).Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MeasureCodesAreAllMeasures()
    {
        var metadata = SourceMetadata.Parse(ImportFormat.CbsODataV4, Bytes(CbsV4MeasureCodes));

        Assert.Equal(["M000114", "M000297", "T001036"], metadata.Columns.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new SourceColumn("M000297", "Woningvoorraad", "aantal", true), metadata.Columns["M000297"]);
    }

    [Theory]
    [InlineData("{\"value\": [")]
    [InlineData("[]")]
    [InlineData("{\"value\": 3}")]
    [InlineData("")]
    public void MetadataThatIsNotAValueListIsRejected(string json)
    {
        var ex = Assert.Throws<ImportFileException>(() => SourceMetadata.Parse(ImportFormat.CbsODataV3, Encoding.UTF8.GetBytes(json)));

        Assert.Equal("bad_metadata", ex.Issue.Kind);
    }
}
