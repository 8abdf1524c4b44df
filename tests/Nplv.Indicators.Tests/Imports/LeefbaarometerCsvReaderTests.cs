using Nplv.Indicators.Imports;
using static Nplv.Indicators.Tests.Imports.ImportFixtures;

namespace Nplv.Indicators.Tests.Imports;

public sealed class LeefbaarometerCsvReaderTests
{
    [Fact]
    public async Task EveryColumnButKeyYearAndNamesBecomesACell()
    {
        var reading = await ReadAsync(ImportFormat.LeefbaarometerCsv, Bytes(Leefbaarometer));

        Assert.Equal(["BU00140300", "BU00140301", "BU00141000", "BU00141001", "BU03630000"], reading.Records.Select(r => r.AreaKey));
        Assert.Equal([2L, 3, 4, 5, 6], reading.Records.Select(r => r.Line));
        Assert.All(reading.Records, r => Assert.Equal("2022", r.Period));
        Assert.Equal(
            "2|BU00140300|2022|||gm_code=GM0014;lbm=<null>;afw=<null>;fys=<null>;onv=<null>;soc=<null>;vrz=<null>;won=<null>",
            reading.Described().First());
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public async Task ASemicolonFileHasDecimalCommas()
    {
        var semicolons = await ReadAsync(ImportFormat.LeefbaarometerCsv, "bu_code;jaar;lbm;fys\nBU00140300;2022;4,12;-0,05\n");
        var commas = await ReadAsync(ImportFormat.LeefbaarometerCsv, "bu_code,jaar,lbm,fys\nBU00140300,2022,4.12,-0.05\n");

        Assert.Equal("2|BU00140300|2022|||lbm=4.12;fys=-0.05", Assert.Single(semicolons.Described()));
        Assert.Equal(semicolons.Described(), commas.Described());
    }

    [Fact]
    public async Task TheKeyIsTheFirstCodeColumnPresentUnlessNamed()
    {
        const string file = "gm_code,wk_code,wk_naam,lbm\nGM0014,WK001403,Oud-Noord,\n";

        var byDefault = await ReadAsync(ImportFormat.LeefbaarometerCsv, file);
        var named = await ReadAsync(ImportFormat.LeefbaarometerCsv, file, areaColumn: "gm_code");

        Assert.Equal("2|WK001403||||gm_code=GM0014;lbm=<null>", Assert.Single(byDefault.Described()));
        Assert.Equal("2|GM0014||||wk_code=WK001403;lbm=<null>", Assert.Single(named.Described()));
    }

    [Fact]
    public async Task AFileWithoutAnAreaCodeColumnIsMalformedAndNamesThem()
    {
        var (issue, _) = await FailureAsync(ImportFormat.LeefbaarometerCsv, "buurt;jaar;lbm\nDe Hoogte;2022;\n");

        Assert.Equal(("malformed", 1L), (issue.Kind, issue.Line));
        Assert.Contains("bu_code, wk_code, gm_code", issue.Message);
    }

    [Fact]
    public async Task ANamedPeriodColumnMustBeThere()
    {
        var (issue, _) = await FailureAsync(ImportFormat.LeefbaarometerCsv, "bu_code;lbm\nBU00140300;\n", periodColumn: "jaar");
        var reading = await ReadAsync(ImportFormat.LeefbaarometerCsv, "bu_code;lbm\nBU00140300;\n");

        Assert.Equal(("malformed", "jaar"), (issue.Kind, issue.Field));
        Assert.Null(Assert.Single(reading.Records).Period);
    }

    [Fact]
    public async Task ALineWithTooManyFieldsIsMalformedAtThatLine()
    {
        var (issue, before) = await FailureAsync(ImportFormat.LeefbaarometerCsv, "bu_code;jaar;lbm\nBU00140300;2022;\nBU00140301;2022;;;\n");

        Assert.Equal(("malformed", 3L), (issue.Kind, issue.Line));
        Assert.Equal(1, before);
    }
}
