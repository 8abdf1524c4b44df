using Grpc.Core;
using Nplv.Partners.V1;
using Nplv.Testing;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class PartnersGrpcTests(PartnersServiceFixture fixture)
{
    private readonly PartnersService.PartnersServiceClient _client = fixture.Client;

    private static CreatePartnerRequest WerkPro() => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Name = "WerkPro",
        Type = PartnerType.Welzijn,
        Role = "Werk- en participatiebedrijf; partner in De wijk als leerwerkplek",
        Website = "https://www.werkpro.nl",
    };

    [Fact]
    public async Task CreatePartnerStoresThePartnerAndGetPartnerReturnsIt()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(1, created.Version);
        Assert.NotNull(created.CreateTime);

        var fetched = await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id });
        Assert.Equal(created, fetched);
        Assert.Equal("WerkPro", fetched.Name);
        Assert.Equal(PartnerType.Welzijn, fetched.Type);
        Assert.Equal("https://www.werkpro.nl", fetched.Website);
    }

    [Fact]
    public async Task CreatePartnerRejectsEveryBadFieldAtOnce()
    {
        var fields = await RpcAssert.RejectsFields(() => _client.CreatePartnerAsync(new CreatePartnerRequest
        {
            RequestId = "not-a-uuid",
            Name = "  ",
            Type = PartnerType.Unspecified,
            Website = "ftp://example.org",
        }).ResponseAsync);

        Assert.Equal(["request_id", "name", "type", "website"], fields);
    }

    [Fact]
    public async Task CreatePartnerRejectsANameThatIsTooLong()
    {
        var request = WerkPro();
        request.Name = new string('x', 201);

        var fields = await RpcAssert.RejectsFields(() => _client.CreatePartnerAsync(request).ResponseAsync);

        Assert.Equal(["name"], fields);
    }

    [Fact]
    public async Task CreatePartnerRejectsATypeNumberItDoesNotKnow()
    {
        var request = WerkPro();
        request.Type = (PartnerType)99;

        var fields = await RpcAssert.RejectsFields(() => _client.CreatePartnerAsync(request).ResponseAsync);

        Assert.Equal(["type"], fields);
    }

    [Fact]
    public async Task RetriedCreateWithTheSameRequestIdReturnsTheFirstPartnerAndCreatesNothing()
    {
        var request = WerkPro();
        request.Name = "Alfa-college " + Guid.NewGuid();
        request.Type = PartnerType.Onderwijs;

        var first = await _client.CreatePartnerAsync(request);
        var retried = await _client.CreatePartnerAsync(request);

        Assert.Equal(first, retried);
        var all = await ListAll();
        Assert.Single(all, p => p.Name == request.Name);
    }

    [Fact]
    public async Task GetPartnerAnswersNotFoundForAnUnknownId()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _client.GetPartnerAsync(new GetPartnerRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task GetPartnerRejectsAnIdThatIsNotAUuid()
    {
        var fields = await RpcAssert.RejectsFields(
            () => _client.GetPartnerAsync(new GetPartnerRequest { Id = "1; DROP TABLE partners" }).ResponseAsync);

        Assert.Equal(["id"], fields);
    }

    [Fact]
    public async Task ListPartnersPagesThroughEveryPartnerInNameOrder()
    {
        var prefix = "Paging " + Guid.NewGuid().ToString("N")[..8];
        foreach (var name in new[] { "C", "A", "E", "B", "D" })
        {
            var request = WerkPro();
            request.Name = $"{prefix} {name}";
            await _client.CreatePartnerAsync(request);
        }

        var all = await ListAll(pageSize: 2);

        var ours = all.Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Name[^1..]).ToList();
        Assert.Equal(["A", "B", "C", "D", "E"], ours);
        Assert.Equal(all.Count, all.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task ListPartnersKeepsPartnersWithTheSameNameApartAcrossPages()
    {
        var name = "Dezelfde naam " + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var request = WerkPro();
            request.Name = name;
            ids.Add((await _client.CreatePartnerAsync(request)).Id);
        }

        var all = await ListAll(pageSize: 1);

        Assert.Equal(ids.Order(StringComparer.Ordinal), all.Where(p => p.Name == name).Select(p => p.Id));
    }

    [Fact]
    public async Task ListPartnersRejectsABadPageSizeAndToken()
    {
        var fields = await RpcAssert.RejectsFields(() => _client.ListPartnersAsync(
            new ListPartnersRequest { PageSize = -1, PageToken = "%%%" }).ResponseAsync);

        Assert.Equal(["page_size", "page_token"], fields);
    }

    private async Task<List<Partner>> ListAll(int pageSize = 0)
    {
        var partners = new List<Partner>();
        var token = "";
        do
        {
            var page = await _client.ListPartnersAsync(new ListPartnersRequest { PageSize = pageSize, PageToken = token });
            partners.AddRange(page.Partners);
            token = page.NextPageToken;
        }
        while (token != "");

        return partners;
    }
}
