using Google.Protobuf;
using Google.Protobuf.Collections;
using Grpc.Core;
using Nplv.Partners.V1;
using static Nplv.IntegrationTests.Reliability.GrpcKinds;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Messages to <c>nplv.partners.v1.PartnersService</c> with one defect each.</summary>
internal sealed class MalformedPartnerMessages(Random random, GrpcKnownEntities known)
{
    private static readonly string[] Websites = ["ftp://example.nl", "example.nl", "javascript:alert(1)", "//example.nl", "file:///etc/passwd"];
    private static readonly string[] Emails = ["anna", "anna@", "@example.nl", "Anna <anna@example.nl>", "anna@@example.nl", "anna example.nl"];

    public MalformedCall Next() => random.Next(6) switch
    {
        0 => Create(),
        1 => Get(),
        2 => Update(),
        3 => Archive(),
        4 => List(),
        _ => BatchGet(),
    };

    private MalformedCall Create()
    {
        var request = new CreatePartnerRequest { RequestId = random.UnknownId(), Name = "Slechte invoer", Type = PartnerType.Welzijn, Website = "https://example.nl" };
        request.Contacts.Add(new Contact { Name = "Anna de Vries", Email = "anna@example.nl" });
        var defect = random.Pick(DetailDefects<CreatePartnerRequest>(
            r => r.Name, (r, v) => r.Name = v, (r, v) => r.Type = v, (r, v) => r.Role = v, (r, v) => r.Website = v, r => r.Contacts)
            .Append(new(BadUuid, r => r.RequestId = random.AnyBadUuid()))
            .ToArray());
        return Call("CreatePartner", request, defect, (t, m, o) => t.PartnersClient.CreatePartnerAsync(m, o).ResponseAsync);
    }

    private MalformedCall Get()
    {
        var request = new GetPartnerRequest();
        var defect = random.Pick(new MessageDefect<GetPartnerRequest>[]
        {
            new(BadUuid, r => r.Id = random.AnyBadUuid()),
            new(MissingRequired, r => r.Id = random.Blank()),
            MessageDefect<GetPartnerRequest>.Unknown(r => r.Id = random.UnknownId()),
        });
        return Call("GetPartner", request, defect, (t, m, o) => t.PartnersClient.GetPartnerAsync(m, o).ResponseAsync);
    }

    private MalformedCall Update()
    {
        var (id, version) = random.Pick(known.Partners);
        var request = new UpdatePartnerRequest { Id = id, Version = version, Name = "Slechte invoer", Type = PartnerType.Welzijn };
        var defect = random.Pick(DetailDefects<UpdatePartnerRequest>(
            r => r.Name, (r, v) => r.Name = v, (r, v) => r.Type = v, (r, v) => r.Role = v, (r, v) => r.Website = v, r => r.Contacts)
            .Append(new(BadUuid, r => r.Id = random.AnyBadUuid()))
            .Append(MessageDefect<UpdatePartnerRequest>.Unknown(r => r.Id = random.UnknownId()))
            .Append(new(StaleVersion, r => r.Version += 1 + random.Next(1000), StatusCode.FailedPrecondition))
            .ToArray());
        return Call("UpdatePartner", request, defect, (t, m, o) => t.PartnersClient.UpdatePartnerAsync(m, o).ResponseAsync);
    }

    private MalformedCall Archive()
    {
        var (id, version) = random.Pick(known.Partners);
        var request = new ArchivePartnerRequest { Id = id, Version = version };
        var defect = random.Pick(new MessageDefect<ArchivePartnerRequest>[]
        {
            new(BadUuid, r => r.Id = random.AnyBadUuid()),
            new(OutOfRange, r => r.Version = -random.Next(3)),
            new(OutOfRange, r => r.Version = long.MinValue),
            new(StaleVersion, r => r.Version += 1 + random.Next(1000), StatusCode.FailedPrecondition),
            MessageDefect<ArchivePartnerRequest>.Unknown(r => (r.Id, r.Version) = (random.UnknownId(), 1)),
        });
        return Call("ArchivePartner", request, defect, (t, m, o) => t.PartnersClient.ArchivePartnerAsync(m, o).ResponseAsync);
    }

    private MalformedCall List()
    {
        var request = new ListPartnersRequest();
        var defect = random.Pick(new MessageDefect<ListPartnersRequest>[]
        {
            new(BadPage, r => r.PageSize = random.Pick(new[] { -1, 201, int.MaxValue, int.MinValue })),
            new(BadPage, r => r.PageToken = BadPageTokens.ForPartners(random)),
            new(UnknownEnum, r => r.Type = (PartnerType)random.Pick(new[] { 11, 99, -1, int.MaxValue })),
            new(HugeString, r => r.Query = random.Longer(200)),
            new(NulCharacter, r => r.Query = random.WithNul()),
        });
        return Call("ListPartners", request, defect, (t, m, o) => t.PartnersClient.ListPartnersAsync(m, o).ResponseAsync);
    }

    private MalformedCall BatchGet()
    {
        var request = new BatchGetPartnersRequest { Ids = { GatewayClient.GemeenteGroningen } };
        var defect = random.Pick(new MessageDefect<BatchGetPartnersRequest>[]
        {
            new(TooManyItems, r => r.Ids.AddRange(Enumerable.Range(0, 200 + random.Next(random.Next(2) == 0 ? 5 : 10_000)).Select(_ => GatewayClient.WerkPro))),
            new(BadUuid, r => r.Ids.Add(random.AnyBadUuid())),
            new(MissingRequired, r => r.Ids.Add(random.Blank())),
            MessageDefect<BatchGetPartnersRequest>.Unknown(r => r.Ids.Add(random.UnknownId())),
        });
        return Call("BatchGetPartners", request, defect, (t, m, o) => t.PartnersClient.BatchGetPartnersAsync(m, o).ResponseAsync);
    }

    /// <summary>The defects of a partner's details, shared by create and update.</summary>
    private IEnumerable<MessageDefect<T>> DetailDefects<T>(
        Func<T, string> name, Action<T, string> setName, Action<T, PartnerType> setType, Action<T, string> setRole,
        Action<T, string> setWebsite, Func<T, RepeatedField<Contact>> contacts)
    {
        Contact First(T message) => contacts(message).FirstOrDefault() ?? Added(contacts(message), new Contact { Name = "Anna" });
        return
        [
            new(EmptyString, m => setName(m, random.Blank())),
            new(HugeString, m => setName(m, random.Longer(200))),
            new(HugeString, m => setRole(m, random.Longer(2000))),
            new(HugeString, m => setWebsite(m, "https://example.nl/" + random.Longer(500))),
            new(HugeString, m => First(m).Name = random.Longer(200)),
            new(HugeString, m => First(m).Function = random.Longer(200)),
            new(HugeString, m => First(m).Email = random.Longer(250) + "@example.nl"),
            new(NulCharacter, m => setName(m, name(m) + random.WithNul())),
            new(NulCharacter, m => setRole(m, random.WithNul())),
            new(NulCharacter, m => First(m).Function = random.WithNul()),
            new(UnknownEnum, m => setType(m, (PartnerType)random.Pick(new[] { 0, 11, 99, -1, int.MinValue }))),
            new(BadValue, m => setWebsite(m, random.Pick(Websites.Concat(BadValues.Injections).ToArray()))),
            new(BadValue, m => First(m).Email = random.Pick(Emails.Concat(BadValues.Injections).ToArray())),
            new(MissingRequired, m => First(m).Name = random.Blank()),
            new(TooManyItems, m => contacts(m).AddRange(Enumerable.Range(0, 51 + random.Next(random.Next(2) == 0 ? 5 : 10_000))
                .Select(i => new Contact { Name = $"Contact {i}" }))),
        ];
    }

    private static Contact Added(RepeatedField<Contact> contacts, Contact contact)
    {
        contacts.Add(contact);
        return contact;
    }

    private static MalformedCall Call<T>(string method, T message, MessageDefect<T> defect, Func<GrpcTargets, T, CallOptions, Task> invoke)
        where T : IMessage
        => MalformedCall.Of("PartnersService/" + method, message, defect, invoke);
}
