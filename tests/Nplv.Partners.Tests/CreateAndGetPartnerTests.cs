using Nplv.Partners.V1;
using Nplv.Testing;
using static Nplv.Partners.Tests.PartnerRequests;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class CreateAndGetPartnerTests(PartnersServiceFixture fixture)
{
    private readonly PartnersService.PartnersServiceClient _client = fixture.Client;

    [Fact]
    public async Task CreatePartnerStoresThePartnerAndGetPartnerReturnsIt()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(1, created.Version);
        Assert.NotNull(created.CreateTime);
        Assert.False(created.Archived);
        Assert.Null(created.ArchiveTime);

        var fetched = await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id });
        Assert.Equal(created, fetched);
        Assert.Equal("WerkPro", fetched.Name);
        Assert.Equal(PartnerType.Welzijn, fetched.Type);
        Assert.Equal("https://www.werkpro.nl", fetched.Website);
        Assert.Equal(
            [("Anna de Vries", "Programmaleider", "a.devries@werkpro.nl"), ("Bram Jansen", "", "")],
            fetched.Contacts.Select(c => (c.Name, c.Function, c.Email)));
    }

    [Fact]
    public async Task CreatePartnerStoresContactsWithoutSurroundingWhiteSpace()
    {
        var request = WerkPro();
        request.Contacts.Clear();
        request.Contacts.Add(new Contact { Name = "  Cor Bakker ", Function = " Wijkagent ", Email = " c.bakker@politie.nl " });

        var created = await _client.CreatePartnerAsync(request);

        var contact = Assert.Single(created.Contacts);
        Assert.Equal(new Contact { Name = "Cor Bakker", Function = "Wijkagent", Email = "c.bakker@politie.nl" }, contact);
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
            Contacts = { new Contact { Name = "" } },
        }).ResponseAsync);

        Assert.Equal(["request_id", "name", "type", "website", "contacts[0].name"], fields);
    }

    [Fact]
    public async Task CreatePartnerRejectsBadContactsByTheirPlaceInTheList()
    {
        var request = WerkPro();
        request.Contacts.Add(new Contact { Name = " ", Email = "not an address" });
        request.Contacts.Add(new Contact { Name = "Dirk", Function = new string('f', 201), Email = "Dirk <dirk@example.nl>" });
        request.Contacts.Add(new Contact { Name = new string('n', 201), Email = new string('e', 250) + "@x.nl" });

        var fields = await RpcAssert.RejectsFields(() => _client.CreatePartnerAsync(request).ResponseAsync);

        Assert.Equal(
            ["contacts[2].name", "contacts[2].email", "contacts[3].function", "contacts[3].email", "contacts[4].name", "contacts[4].email"],
            fields);
    }

    [Fact]
    public async Task CreatePartnerRejectsMoreThanFiftyContacts()
    {
        var request = WerkPro();
        request.Contacts.Clear();
        request.Contacts.AddRange(Enumerable.Range(1, 51).Select(i => new Contact { Name = $"Contact {i}" }));

        var fields = await RpcAssert.RejectsFields(() => _client.CreatePartnerAsync(request).ResponseAsync);

        Assert.Equal(["contacts"], fields);
    }

    [Fact]
    public async Task CreatePartnerAcceptsFiftyContactsAndKeepsTheirOrder()
    {
        var request = WerkPro();
        request.Contacts.Clear();
        request.Contacts.AddRange(Enumerable.Range(1, 50).Select(i => new Contact { Name = $"Contact {i}" }));

        var created = await _client.CreatePartnerAsync(request);

        var fetched = await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id });
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"Contact {i}"), fetched.Contacts.Select(c => c.Name));
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
        var request = WerkPro("Alfa-college " + Guid.NewGuid());
        request.Type = PartnerType.Onderwijs;

        var first = await _client.CreatePartnerAsync(request);
        var retried = await _client.CreatePartnerAsync(request);

        Assert.Equal(first, retried);
        Assert.Equal(2, retried.Contacts.Count);
        var all = await _client.ListAll();
        Assert.Single(all, p => p.Name == request.Name);
    }

    [Fact]
    public async Task GetPartnerAnswersNotFoundForAnUnknownId()
    {
        var id = Guid.NewGuid().ToString();

        await FailsAsNotFound(id, () => _client.GetPartnerAsync(new GetPartnerRequest { Id = id }).ResponseAsync);
    }

    [Fact]
    public async Task GetPartnerRejectsAnIdThatIsNotAUuid()
    {
        var fields = await RpcAssert.RejectsFields(
            () => _client.GetPartnerAsync(new GetPartnerRequest { Id = "1; DROP TABLE partners" }).ResponseAsync);

        Assert.Equal(["id"], fields);
    }
}
