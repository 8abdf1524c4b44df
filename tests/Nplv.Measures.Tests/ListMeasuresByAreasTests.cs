using Nplv.Measures.V1;
using Nplv.Partners.V1;
using Nplv.Testing;

namespace Nplv.Measures.Tests;

[Collection(MeasuresServiceCollection.Name)]
public sealed class ListMeasuresByAreasTests(MeasuresServiceFixture fixture)
{
    private readonly MeasuresService.MeasuresServiceClient _measures = fixture.Measures;

    /// <summary>A measure of <paramref name="lead"/> alone in these areas, so a test can tell its measures apart.</summary>
    private async Task<string> NewMeasure(Partner lead, Theme theme, params string[] areaCodes)
    {
        var request = await MeasuresGrpcTests.LeerwerkPlek(fixture);
        request.LeadPartnerId = lead.Id;
        request.Participants.Clear();
        request.Theme = theme;
        request.AreaCodes.Clear();
        request.AreaCodes.Add(areaCodes);
        return (await _measures.CreateMeasureAsync(request)).Id;
    }

    [Fact]
    public async Task ListMeasuresByAreaCodesFindsTheMeasuresInAnyOfThemPageByPage()
    {
        var lead = await MeasuresGrpcTests.NewPartner(fixture, "Gemeente Groningen", PartnerType.Gemeente);
        var hoogte = await NewMeasure(lead, Theme.Werk, "BU00140300");
        var professoren = await NewMeasure(lead, Theme.Onderwijs, "BU00140301", "BU00140302");
        var gorecht = await NewMeasure(lead, Theme.Werk, "BU00140400");
        var indische = await NewMeasure(lead, Theme.Werk, "BU00140301");

        async Task<List<string>> List(string areaCode, params string[] areaCodes)
            => await _measures.ListAllIds(
                new ListMeasuresRequest { PartnerId = lead.Id, AreaCode = areaCode, AreaCodes = { areaCodes } }, pageSize: 1);

        Assert.Equal([hoogte, professoren, indische], await List("", "BU00140300", "BU00140301"));
        Assert.Equal([professoren], await List("", "BU00140302", "BU99999999"));
        Assert.Equal([hoogte, gorecht], await List("BU00140400", "BU00140300"));
        Assert.Equal([hoogte], await List(" BU00140300 ", "BU00140300"));
        Assert.Equal([hoogte, professoren, gorecht, indische], await List(""));
    }

    [Fact]
    public async Task TheAreaCodesFilterCombinesWithTheOtherFilters()
    {
        var lead = await MeasuresGrpcTests.NewPartner(fixture, "Lefier", PartnerType.Woningcorporatie);
        var werk = await NewMeasure(lead, Theme.Werk, "BU00141100");
        var onderwijs = await NewMeasure(lead, Theme.Onderwijs, "BU00141101");

        var byTheme = await _measures.ListAllIds(
            new ListMeasuresRequest { Theme = Theme.Werk, AreaCodes = { "BU00141100", "BU00141101" } });
        var byPartner = await _measures.ListAllIds(
            new ListMeasuresRequest { PartnerId = lead.Id, AreaCodes = { "BU00141101", "BU00141000" } });

        Assert.Contains(werk, byTheme);
        Assert.DoesNotContain(onderwijs, byTheme);
        Assert.Equal([onderwijs], byPartner);
    }

    [Fact]
    public async Task ListMeasuresRejectsTooManyAreaCodesAndEachBadOne()
    {
        var tooMany = await RpcAssert.RejectsFields(() => _measures.ListMeasuresAsync(
            new ListMeasuresRequest { AreaCodes = { Enumerable.Repeat("BU00140300", 201) } }).ResponseAsync);
        var bad = await RpcAssert.RejectsFields(() => _measures.ListMeasuresAsync(
            new ListMeasuresRequest { AreaCodes = { "BU00140300", " ", "BU0014\0300", new string('B', 17) } }).ResponseAsync);

        Assert.Equal(["area_codes"], tooMany);
        Assert.Equal(["area_codes[1]", "area_codes[2]", "area_codes[3]"], bad);
    }
}
