using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Testing;

namespace Nplv.Indicators.Tests;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class AreasGrpcTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;

    [Fact]
    public async Task ListAreasReturnsEveryBuurtOfTheProgrammesWijkenFromTheReferenceData()
    {
        var buurten = await ListAll(new ListAreasRequest { Level = AreaLevel.Buurt });

        // The 19 buurten of the programme and the 23 other buurten of their six wijken.
        Assert.Equal(42, buurten.Count);
        var selwerd = Assert.Single(buurten, a => a.Code == "BU00141000");
        Assert.Equal("Selwerd", selwerd.Name);
        Assert.Equal("WK001410", selwerd.ParentCode);
        Assert.Equal(6525, selwerd.Population);
        Assert.Equal(2016, selwerd.PopulationYear);
        Assert.Contains("quintel/etlocal", selwerd.Source);
    }

    [Fact]
    public async Task AreasFormAHierarchyFromBuurtToCountry()
    {
        var all = await ListAll(new ListAreasRequest());
        var byCode = all.ToDictionary(a => a.Code);

        Assert.All(all.Where(a => a.Level != AreaLevel.Land), a => Assert.True(byCode.ContainsKey(a.ParentCode), a.Code));
        Assert.Equal(AreaLevel.Wijk, byCode["WK001410"].Level);
        Assert.Equal("GM0014", byCode["WK001410"].ParentCode);
        Assert.Equal(AreaLevel.Gemeente, byCode["GM0014"].Level);
        Assert.Equal("NL01", byCode["GM0014"].ParentCode);
        // Noordwest was redrawn in December 2024.
        Assert.Equal(2024, byCode["WK001410"].ValidToYear);
        Assert.False(byCode["WK001409"].HasValidToYear);
        // The country's population is not in the reference data: unknown, not zero.
        Assert.False(byCode["NL01"].HasPopulation);
    }

    [Fact]
    public async Task WijkPopulationIsTheSumOfAllItsBuurtenIn2016()
    {
        var noordwest = await _client.GetAreaAsync(new GetAreaRequest { Code = "WK001410" });

        // Selwerd 6525, Paddepoel-Zuid 4415, Paddepoel-Noord 5400, Tuinwijk 1575, and the two buurten outside the
        // programme: Selwerderhof 5 and Zernike Campus 5.
        Assert.Equal(17925, noordwest.Population);
    }

    [Fact]
    public async Task ABuurtWithNoInhabitantsHasZeroNotUnknown()
    {
        var kardinge = await _client.GetAreaAsync(new GetAreaRequest { Code = "BU00141207" });

        Assert.Equal("Kardinge", kardinge.Name);
        Assert.True(kardinge.HasPopulation);
        Assert.Equal(0, kardinge.Population);
    }

    [Fact]
    public async Task TheProgrammesBuurtenAreMembersFrom2022WithTheirProgrammeWijk()
    {
        var members = await ListAll(new ListAreasRequest { Programme = "nplv-groningen-noord", Year = 2024 });
        var before = await ListAll(new ListAreasRequest { Programme = "nplv-groningen-noord", Year = 2021 });

        Assert.Equal(19, members.Count);
        Assert.Empty(before);
        var indischeBuurt = Assert.Single(members, a => a.Code == "BU00140301");
        var membership = Assert.Single(indischeBuurt.Programmes);
        Assert.Equal(("Indische Buurt/Korrewegwijk", 2022, false), (membership.ProgrammeWijk, membership.FromYear, membership.HasToYear));
        Assert.Contains("groningen-noord-buurten.csv", membership.Source);
        // Zernike Campus lies in a programme wijk but is not one of the programme's buurten.
        Assert.Empty((await _client.GetAreaAsync(new GetAreaRequest { Code = "BU00141003" })).Programmes);
        await RpcAssert.RejectsFields(() => _client.ListAreasAsync(new ListAreasRequest { Year = 2024 }).ResponseAsync);
    }

    [Fact]
    public async Task ListAreasFiltersByParent()
    {
        var inNoordwest = await ListAll(new ListAreasRequest { ParentCode = "WK001410" });

        Assert.Equal(
            ["BU00141000", "BU00141001", "BU00141002", "BU00141003", "BU00141004", "BU00141005"],
            inNoordwest.Select(a => a.Code));
    }

    [Fact]
    public async Task ListAreasPagesWithoutGapsOrRepeats()
    {
        var inOnePage = await ListAll(new ListAreasRequest { PageSize = 500 });
        var inPagesOfThree = await ListAll(new ListAreasRequest { PageSize = 3 });

        Assert.Equal(inOnePage.Select(a => a.Code), inPagesOfThree.Select(a => a.Code));
    }

    [Fact]
    public async Task BatchGetAreasKeepsTheOrderAskedAndFailsWholeOnAnUnknownCode()
    {
        var batch = await _client.BatchGetAreasAsync(new BatchGetAreasRequest { Codes = { "WK001410", "BU00141000", "GM0014" } });
        var ex = await RpcAssert.FailsWith(StatusCode.NotFound, () => _client.BatchGetAreasAsync(
            new BatchGetAreasRequest { Codes = { "WK001410", "BU99999999" } }).ResponseAsync);
        var fields = await RpcAssert.RejectsFields(() => _client.BatchGetAreasAsync(
            new BatchGetAreasRequest { Codes = { "WK001410", "" } }).ResponseAsync);

        Assert.Equal(["WK001410", "BU00141000", "GM0014"], batch.Areas.Select(a => a.Code));
        Assert.Contains("BU99999999", ex.Status.Detail);
        Assert.Equal(["codes[1]"], fields);
    }

    [Fact]
    public async Task GetAreaAnswersNotFoundForAnUnknownCode()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _client.GetAreaAsync(new GetAreaRequest { Code = "BU99999999" }).ResponseAsync);
    }

    [Fact]
    public async Task ListAreasRejectsAnUnknownLevelAndAnOversizePage()
    {
        var fields = await RpcAssert.RejectsFields(() => _client.ListAreasAsync(
            new ListAreasRequest { Level = (AreaLevel)42, PageSize = 501 }).ResponseAsync);

        Assert.Equal(["level", "page_size"], fields);
    }

    private async Task<List<Area>> ListAll(ListAreasRequest request)
    {
        var areas = new List<Area>();
        do
        {
            var page = await _client.ListAreasAsync(request);
            areas.AddRange(page.Areas);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");

        return areas;
    }
}
