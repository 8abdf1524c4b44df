using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.Measures.Tests;

[Collection(MeasuresServiceCollection.Name)]
public sealed class SeedTests(MeasuresServiceFixture fixture)
{
    [Fact]
    public async Task TheSeedMeasuresAreThereAndEveryReferenceOfThemExistsInTheOtherServicesSeeds()
    {
        var measures = await fixture.Measures.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 200 });
        var seeded = measures.Measures.Where(m => m.Description.Contains("Bron:", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            ["De wijk als leerwerkplek", "Gratis kinderopvang vanaf 6 maanden", "Mbo-baangarantie", "Regio Deal Groningen-Noord"],
            seeded.Select(m => m.Title).Order(StringComparer.Ordinal));
        var leerwerkplek = seeded.Single(m => m.Title == "De wijk als leerwerkplek");
        Assert.Equal(290_000_000, leerwerkplek.Funding.Sum(f => f.AmountCents));

        var partnerIds = seeded.SelectMany(m => m.Participants.Select(p => p.PartnerId).Prepend(m.LeadPartnerId)).Distinct();
        var partners = await fixture.Partners.BatchGetPartnersAsync(new BatchGetPartnersRequest { Ids = { partnerIds } });
        var areas = await fixture.Indicators.BatchGetAreasAsync(new BatchGetAreasRequest { Codes = { seeded.SelectMany(m => m.AreaCodes).Distinct() } });
        var indicators = await fixture.Indicators.BatchGetIndicatorsAsync(new BatchGetIndicatorsRequest
        {
            Codes = { seeded.SelectMany(m => m.Indicators.Select(i => i.IndicatorCode)).Distinct() },
        });

        Assert.Contains("Gemeente Groningen", partners.Partners.Select(p => p.Name));
        Assert.NotEmpty(areas.Areas);
        Assert.Contains("geregistreerde-werkzoekenden", indicators.Indicators.Select(i => i.Code));
    }

    [Fact]
    public async Task SeedingAgainCreatesNothingNew()
    {
        var before = (await fixture.Measures.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 200 })).Measures.Count;

        await fixture.SeedMeasuresAgainAsync();

        Assert.Equal(before, (await fixture.Measures.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 200 })).Measures.Count);
    }
}
