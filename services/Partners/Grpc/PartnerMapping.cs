using Nplv.Shared.Grpc;
using Google.Protobuf.WellKnownTypes;
using Nplv.Partners.Domain;
using Proto = Nplv.Partners.V1;

namespace Nplv.Partners.Grpc;

internal static class PartnerMapping
{
    public static Proto.Partner ToProto(this Partner partner)
    {
        var proto = new Proto.Partner
        {
            Id = partner.Id.ToString(),
            Name = partner.Name,
            Type = partner.Type.ToProto(),
            Role = partner.Role,
            Website = partner.Website,
            Version = partner.Version,
            CreateTime = partner.CreatedAt.ToUtcTimestamp(),
            UpdateTime = partner.UpdatedAt.ToUtcTimestamp(),
            Archived = partner.IsArchived,
            ArchiveTime = partner.ArchivedAt is { } archivedAt ? archivedAt.ToUtcTimestamp() : null,
        };
        proto.Contacts.AddRange(partner.Contacts.Select(c => new Proto.Contact { Name = c.Name, Function = c.Function, Email = c.Email }));
        return proto;
    }

    public static PartnerDetails ToDetails(this Proto.CreatePartnerRequest request)
        => new(request.Name, request.Type.ToDomain(), request.Role, request.Website, request.Contacts.ToDomain());

    public static PartnerDetails ToDetails(this Proto.UpdatePartnerRequest request)
        => new(request.Name, request.Type.ToDomain(), request.Role, request.Website, request.Contacts.ToDomain());

    private static List<Contact> ToDomain(this IEnumerable<Proto.Contact> contacts)
        => [.. contacts.Select(c => new Contact(c.Name, c.Function, c.Email))];

}
