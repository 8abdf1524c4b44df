using Grpc.Core;
using Nplv.Partners.V1;
using Nplv.Testing;
using static Nplv.Partners.Tests.PartnerRequests;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class UpdatePartnerTests(PartnersServiceFixture fixture)
{
    private readonly PartnersService.PartnersServiceClient _client = fixture.Client;

    [Fact]
    public async Task UpdatePartnerReplacesEveryFieldAndTheWholeContactList()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var update = new UpdatePartnerRequest
        {
            Id = created.Id,
            Version = 1,
            Name = " Politie Noord-Nederland ",
            Type = PartnerType.Politie,
            Role = "Wijkagenten in Selwerd, Paddepoel en Vinkhuizen",
            Website = "https://www.politie.nl",
            Contacts = { new Contact { Name = "Cor Bakker", Function = "Wijkagent", Email = "c.bakker@politie.nl" } },
        };

        var updated = await _client.UpdatePartnerAsync(update);

        Assert.Equal(created.Id, updated.Id);
        Assert.Equal(2, updated.Version);
        Assert.Equal("Politie Noord-Nederland", updated.Name);
        Assert.Equal(PartnerType.Politie, updated.Type);
        Assert.Equal(update.Role, updated.Role);
        Assert.Equal(update.Website, updated.Website);
        Assert.Equal(update.Contacts, updated.Contacts);
        Assert.Equal(created.CreateTime, updated.CreateTime);
        Assert.True(updated.UpdateTime.ToDateTime() > created.UpdateTime.ToDateTime());
        Assert.Equal(updated, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task UpdatePartnerWithoutContactsRemovesThemAndClearsEmptiedFields()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var update = UpdateOf(created);
        update.Contacts.Clear();
        update.Role = "";
        update.Website = "";

        var updated = await _client.UpdatePartnerAsync(update);

        Assert.Empty(updated.Contacts);
        Assert.Equal("", updated.Role);
        Assert.Equal("", updated.Website);
        Assert.Equal(updated, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task UpdatePartnerRejectsEveryBadFieldAtOnce()
    {
        var fields = await RpcAssert.RejectsFields(() => _client.UpdatePartnerAsync(new UpdatePartnerRequest
        {
            Id = "partner-1",
            Version = 0,
            Name = "",
            Type = PartnerType.Unspecified,
            Website = "www.example.org",
            Contacts = { new Contact { Name = "Anna", Email = "anna@" } },
        }).ResponseAsync);

        Assert.Equal(["id", "version", "name", "type", "website", "contacts[0].email"], fields);
    }

    [Fact]
    public async Task UpdatePartnerWithAStaleVersionIsRefusedAndChangesNothing()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var first = UpdateOf(created);
        first.Name = "WerkPro Groningen";
        var current = await _client.UpdatePartnerAsync(first);
        var stale = UpdateOf(created);
        stale.Name = "Een andere naam";
        stale.Contacts.Clear();

        await RefusesAsVersionConflict(created.Id, 1, 2, () => _client.UpdatePartnerAsync(stale).ResponseAsync);

        Assert.Equal(current, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task ConcurrentUpdatesFromTheSameVersionLetExactlyOneThrough()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var updates = Enumerable.Range(1, 6).Select(i =>
        {
            var update = UpdateOf(created);
            update.Name = $"WerkPro {i}";
            return update;
        }).ToList();

        var outcomes = await Task.WhenAll(updates.Select(async update =>
        {
            try
            {
                return (await _client.UpdatePartnerAsync(update)).Name;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, name => name is not null);
        var stored = await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id });
        Assert.Equal(winner, stored.Name);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task RetriedUpdateReturnsThePartnerItMadeWithoutAnotherVersion()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var update = UpdateOf(created);
        update.Name = "WerkPro Noord";
        update.Contacts.RemoveAt(0);

        var first = await _client.UpdatePartnerAsync(update);
        var retried = await _client.UpdatePartnerAsync(update);

        Assert.Equal(2, first.Version);
        Assert.Equal(first, retried);
        Assert.Equal(first, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task RetriedUpdateAfterSomeoneElsesChangeIsAConflict()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var mine = UpdateOf(created);
        mine.Name = "WerkPro Noord";
        await _client.UpdatePartnerAsync(mine);
        var theirs = UpdateOf(await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
        theirs.Role = "Leerwerkbedrijf";
        var current = await _client.UpdatePartnerAsync(theirs);

        await RefusesAsVersionConflict(created.Id, 1, 3, () => _client.UpdatePartnerAsync(mine).ResponseAsync);

        Assert.Equal(current, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task RetriedUpdateIsAConflictOnceTheSameDetailsWereSavedAgain()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var mine = UpdateOf(created);
        mine.Name = "WerkPro Noord";
        var first = await _client.UpdatePartnerAsync(mine);
        var current = await _client.UpdatePartnerAsync(UpdateOf(first));

        await RefusesAsVersionConflict(created.Id, 1, 3, () => _client.UpdatePartnerAsync(mine).ResponseAsync);

        Assert.Equal(current, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task UpdateFromTheVersionBeforeAnArchiveIsAConflictEvenWithUnchangedDetails()
    {
        var created = await _client.CreatePartnerAsync(WerkPro());
        var archived = await _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = created.Id, Version = 1 });

        await RefusesAsVersionConflict(created.Id, 1, 2, () => _client.UpdatePartnerAsync(UpdateOf(created)).ResponseAsync);

        Assert.Equal(archived, await _client.GetPartnerAsync(new GetPartnerRequest { Id = created.Id }));
    }

    [Fact]
    public async Task UpdatePartnerAnswersNotFoundForAnUnknownId()
    {
        var update = UpdateOf(await _client.CreatePartnerAsync(WerkPro()));
        update.Id = Guid.NewGuid().ToString();

        await FailsAsNotFound(update.Id, () => _client.UpdatePartnerAsync(update).ResponseAsync);
    }
}
