using Nplv.Partners.V1;
using Nplv.Testing;
using static Nplv.Partners.Tests.PartnerRequests;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class BatchGetPartnersTests(PartnersServiceFixture fixture)
{
    private readonly PartnersService.PartnersServiceClient _client = fixture.Client;

    [Fact]
    public async Task BatchGetPartnersAnswersInRequestOrderWithArchivedPartnersAndRepeats()
    {
        var a = await _client.CreatePartnerAsync(WerkPro("A"));
        var b = await _client.CreatePartnerAsync(WerkPro("B"));
        var c = await _client.CreatePartnerAsync(WerkPro("C"));
        b = await _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = b.Id, Version = b.Version });

        var response = await _client.BatchGetPartnersAsync(new BatchGetPartnersRequest { Ids = { c.Id, a.Id, b.Id, a.Id } });

        Assert.Equal([c, a, b, a], response.Partners);
    }

    [Fact]
    public async Task BatchGetPartnersWithNoIdsAnswersNoPartners()
    {
        var response = await _client.BatchGetPartnersAsync(new BatchGetPartnersRequest());

        Assert.Empty(response.Partners);
    }

    [Fact]
    public async Task BatchGetPartnersTakesTwoHundredIds()
    {
        var partner = await _client.CreatePartnerAsync(WerkPro());
        var request = new BatchGetPartnersRequest();
        request.Ids.AddRange(Enumerable.Repeat(partner.Id, 200));

        var response = await _client.BatchGetPartnersAsync(request);

        Assert.Equal(200, response.Partners.Count);
        Assert.All(response.Partners, p => Assert.Equal(partner, p));
    }

    [Fact]
    public async Task BatchGetPartnersRejectsMoreThanTwoHundredIds()
    {
        var request = new BatchGetPartnersRequest();
        request.Ids.AddRange(Enumerable.Range(0, 201).Select(_ => Guid.NewGuid().ToString()));

        var fields = await RpcAssert.RejectsFields(() => _client.BatchGetPartnersAsync(request).ResponseAsync);

        Assert.Equal(["ids"], fields);
    }

    [Fact]
    public async Task BatchGetPartnersRejectsMalformedIdsByTheirPlace()
    {
        var request = new BatchGetPartnersRequest { Ids = { Guid.NewGuid().ToString(), "", "partner-7", Guid.NewGuid().ToString(), "42" } };

        var fields = await RpcAssert.RejectsFields(() => _client.BatchGetPartnersAsync(request).ResponseAsync);

        Assert.Equal(["ids[1]", "ids[2]", "ids[4]"], fields);
    }

    [Fact]
    public async Task BatchGetPartnersAnswersNotFoundNamingEveryUnknownId()
    {
        var known = await _client.CreatePartnerAsync(WerkPro());
        var unknown1 = Guid.NewGuid().ToString();
        var unknown2 = Guid.NewGuid().ToString();

        var ex = await FailsAsNotFound($"{unknown1}, {unknown2}", () => _client.BatchGetPartnersAsync(
            new BatchGetPartnersRequest { Ids = { unknown1, known.Id, unknown2, unknown1 } }).ResponseAsync);

        Assert.Contains(unknown1, ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(unknown2, ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(known.Id, ex.Status.Detail, StringComparison.Ordinal);
    }
}
