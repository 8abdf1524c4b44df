using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

public static class PartnerTable
{
    public static readonly ExportTable<PartnerDto> Definition = new("partners", "partners",
    [
        new("id", "Id", partner => partner.Id),
        new("name", "Naam", partner => partner.Name),
        new("type", "Soort", partner => partner.Type, DutchLabels.PartnerTypes),
        new("role", "Rol", partner => partner.Role),
        new("website", "Website", partner => partner.Website),
        new("contacts", "Contactpersonen", partner => string.Join(", ", partner.Contacts.Select(contact => contact.Name))),
        new("archived", "Gearchiveerd", partner => partner.Archived),
        new("version", "Versie", partner => partner.Version),
        new("updatedAt", "Bijgewerkt", partner => partner.UpdatedAt),
    ]);
}
