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
    public async Task ListPartnersReturnsContactsWithEachPartner()
    {
        var prefix = UniquePrefix("Contacten");
        var first = WerkPro($"{prefix} A");
        var second = WerkPro($"{prefix} B");
        second.Contacts.Clear();
        second.Contacts.Add(new Contact { Name = "Els Smit", Email = "els@example.nl" });
        await _client.CreatePartnerAsync(first);
        await _client.CreatePartnerAsync(second);

        var ours = await _client.ListAll(new ListPartnersRequest { Query = prefix, PageSize = 1 });

        Assert.Equal([first.Contacts, second.Contacts], ours.Select(p => p.Contacts));
    }

    [Fact]
    public async Task ListPartnersFiltersByTypeAcrossPages()
    {
        var prefix = UniquePrefix("Type");
        foreach (var (name, type) in new[] { ("A", PartnerType.Politie), ("B", PartnerType.Gemeente), ("C", PartnerType.Politie), ("D", PartnerType.Politie) })
        {
            var request = WerkPro($"{prefix} {name}");
            request.Type = type;
            await _client.CreatePartnerAsync(request);
        }

        var politie = await _client.ListAll(new ListPartnersRequest { Type = PartnerType.Politie, Query = prefix, PageSize = 2 });
        var gemeente = await _client.ListAll(new ListPartnersRequest { Type = PartnerType.Gemeente, Query = prefix });

        Assert.Equal([$"{prefix} A", $"{prefix} C", $"{prefix} D"], politie.Select(p => p.Name));
        Assert.Equal([$"{prefix} B"], gemeente.Select(p => p.Name));
    }

    [Fact]
    public async Task ListPartnersFindsTheQueryInNameOrRoleIgnoringCase()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var byName = WerkPro($"Stichting {marker.ToUpperInvariant()} Noord");
        var byRole = WerkPro("Wijkbedrijf");
        byRole.Role = $"Leerwerkplekken ({marker}) in Selwerd";
        var neither = WerkPro($"Iets anders {marker[..5]}");
        foreach (var request in new[] { byName, byRole, neither })
        {
            await _client.CreatePartnerAsync(request);
        }

        var found = await _client.ListAll(new ListPartnersRequest { Query = marker });

        Assert.Equal([byName.Name, byRole.Name], found.Select(p => p.Name));
    }

    [Fact]
    public async Task ListPartnersTakesPercentAndUnderscoreInTheQueryLiterally()
    {
        var prefix = UniquePrefix("Letterlijk");
        await _client.CreatePartnerAsync(WerkPro($"{prefix} 100% wijk_team"));
        await _client.CreatePartnerAsync(WerkPro($"{prefix} 100x wijkXteam"));

        var percent = await _client.ListAll(new ListPartnersRequest { Query = $"{prefix} 100%" });
        var underscore = await _client.ListAll(new ListPartnersRequest { Query = "wijk_team " });

        Assert.Equal([$"{prefix} 100% wijk_team"], percent.Select(p => p.Name));
        Assert.Contains($"{prefix} 100% wijk_team", underscore.Select(p => p.Name));
        Assert.DoesNotContain($"{prefix} 100x wijkXteam", underscore.Select(p => p.Name));
    }

    [Fact]
    public async Task ListPartnersLeavesArchivedPartnersOutUnlessAsked()
    {
        var prefix = UniquePrefix("Archief");
        var kept = await _client.CreatePartnerAsync(WerkPro($"{prefix} A"));
        var gone = await _client.CreatePartnerAsync(WerkPro($"{prefix} B"));
        var archived = await _client.ArchivePartnerAsync(new ArchivePartnerRequest { Id = gone.Id, Version = gone.Version });

        var current = await _client.ListAll(new ListPartnersRequest { Query = prefix });
        var everything = await _client.ListAll(new ListPartnersRequest { Query = prefix, IncludeArchived = true });

        Assert.Equal([kept], current);
        Assert.Equal([kept, archived], everything);
    }

    [Fact]
    public async Task ListPartnersRejectsBadPagingAnUnknownTypeAndATooLongQuery()
    {
        var fields = await RpcAssert.RejectsFields(() => _client.ListPartnersAsync(new ListPartnersRequest
        {
            PageSize = -1,
            PageToken = "%%%",
            Type = (PartnerType)99,
            Query = new string('q', 201),
        }).ResponseAsync);

        Assert.Equal(["page_size", "page_token", "type", "query"], fields);
    }
}
