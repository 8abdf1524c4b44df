using Nplv.Partners.V1;
using Nplv.Testing;
using static Nplv.Partners.Tests.PartnerRequests;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class ArchivePartnerTests(PartnersServiceFixture fixture)
{
    private readonly PartnersService.PartnersServiceClient _client = fixture.Client;

    [Fact]
    public async Task ArchivePartnerArchivesItAndGetPartnerStillReturnsIt()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());

        var archived = await _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = created.Id, Version = 1 });

        Assert.True(archived.Archived);
        Assert.Equal(2, archived.Version);
        Assert.Equal(archived.UpdateTime, archived.ArchiveTime);
        Assert.True(archived.ArchiveTime.ToDateTime() > created.CreateTime.ToDateTime());
        Assert.Equal(created.Name, archived.Name);
        Assert.Equal(created.Contacts, archived.Contacts);
        Assert.Equal(archived, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task ArchivingAnArchivedPartnerWithItsCurrentVersionChangesNothing()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var archived = await _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = created.Id, Version = 1 });

        var again = await _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = created.Id, Version = archived.Version });

        Assert.Equal(archived, again);
        Assert.Equal(archived, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task RetriedArchiveReturnsTheArchivedPartnerWithoutAnotherVersion()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var request = new ArchivePartnerRequest { Id = created.Id, Version = 1 };

        var first = await _client.ArchivePartnerAsync(request);
        var retried = await _client.ArchivePartnerAsync(request);

        Assert.Equal(first, retried);
        Assert.Equal(2, retried.Version);
    }

    [Fact]
    public async Task ArchivePartnerWithAStaleVersionIsRefusedAndChangesNothing()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var update = UpdateOf(created);
        update.Name = "WerkPro Groningen";
        var current = await _client.UpdatePartnerAsync(update);

        await RefusesAsVersionConflict(created.Id, 1, 2,
            () => _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = created.Id, Version = 1 }).ResponseAsync);

        Assert.Equal(current, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task ArchivingFromAVersionOlderThanTheArchiveIsRefused()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var update = UpdateOf(created);
        update.Role = "Leerwerkbedrijf";
        var updated = await _client.UpdatePartnerAsync(update);
        var archived = await _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = created.Id, Version = updated.Version });

        await RefusesAsVersionConflict(created.Id, 1, 3,
            () => _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = created.Id, Version = 1 }).ResponseAsync);

        Assert.Equal(archived, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task ArchivePartnerRejectsABadIdAndVersion()
    {
        var fields = await RpcAssert.RejectsFields(
            () => _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = "", Version = -3 }).ResponseAsync);

        Assert.Equal(["id", "version"], fields);
    }

    [Fact]
    public async Task ArchivePartnerAnswersNotFoundForAnUnknownId()
    {
        var id = Guid.NewGuid().ToString();

        await FailsAsNotFound(id, () => _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = id, Version = 1 }).ResponseAsync);
    }
}
