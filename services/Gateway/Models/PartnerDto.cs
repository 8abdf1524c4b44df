using Nplv.Partners.V1;

namespace Nplv.Gateway.Models;

public sealed record PartnerDto(
    string Id, string Name, string Type, string Role, string Website, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PartnerDto From(Partner partner) => new(
        partner.Id,
        partner.Name,
        partner.Type.ToJsonName(),
        partner.Role,
        partner.Website,
        partner.Version,
        partner.CreateTime.ToDateTimeOffset(),
        partner.UpdateTime.ToDateTimeOffset());
}
