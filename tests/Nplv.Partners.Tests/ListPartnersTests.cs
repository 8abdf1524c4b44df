using Nplv.Partners.V1;
using Nplv.Testing;
using static Nplv.Partners.Tests.PartnerRequests;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class ListPartnersTests(PartnersServiceFixture fixture)
{
    private readonly PartnersService.PartnersServiceClient _client = fixture.Client;

    [Fact]
    public async Task ListPartnersPagesThroughEveryPartnerInNameOrder()
    {
        var prefix = UniquePrefix("Paging");
        foreach (var name in new[] { "C", "A", "E", "B", "D" })
        {
            await _client.CreatePartnerAsync(WerkPro($"{prefix} {name}"));
        }

        var all = await _client.ListAll(new ListPartnersRequest { PageSize = 2 });

        var ours = all.Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Name[^1..]).ToList();
        Assert.Equal(["A", "B", "C", "D", "E"], ours);
        Assert.Equal(all.Count, all.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task ListPartnersKeepsPartnersWithTheSameNameApartAcrossPages()
    {
        var name = UniquePrefix("Dezelfde naam");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await _client.CreatePartnerAsync(WerkPro(name))).Id);
        }

        var all = await _client.ListAll(new ListPartnersRequest { PageSize = 1 });

        Assert.Equal(ids.Order(StringComparer.Ordinal), all.Where(p => p.Name == name).Select(p => p.Id));
    }

    [Fact]
    public async Task ListPartnersRejectsABadPageSizeAndToken()
    {
        var fields = await RpcAssert.RejectsFields(() => _client.ListPartnersAsync(new ListPartnersRequest
        {
            PageSize = -1,
            PageToken = "%%%",
        }).ResponseAsync);

        Assert.Equal(["page_size", "page_token"], fields);
    }
}
