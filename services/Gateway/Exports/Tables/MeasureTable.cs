using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

/// <summary>A measure as a row: with its partners' names, its budget summed in euros and its milestones counted.</summary>
public sealed record MeasureRow(MeasureDto Measure, IReadOnlyDictionary<string, string> PartnerNames)
{
    public string? PartnerName(string id) => PartnerNames.GetValueOrDefault(id);
}

public static class MeasureTable
{
    public static readonly ExportTable<MeasureRow> Definition = new("measures", "maatregelen",
    [
        new("id", "Id", row => row.Measure.Id),
        new("title", "Titel", row => row.Measure.Title),
        new("theme", "Thema", row => row.Measure.Theme, DutchLabels.Themes),
        new("status", "Status", row => row.Measure.Status, DutchLabels.MeasureStatuses),
        new("leadPartnerId", "Trekker (id)", row => row.Measure.LeadPartnerId),
        new("leadPartnerName", "Trekker", row => row.PartnerName(row.Measure.LeadPartnerId)),
        new("participants", "Deelnemende partners", row => string.Join(", ", row.Measure.Participants.Select(p => row.PartnerName(p.PartnerId) ?? p.PartnerId))),
        new("areaCodes", "Gebieden", row => string.Join(", ", row.Measure.AreaCodes)),
        new("startDate", "Start", row => row.Measure.StartDate),
        new("endDate", "Einde", row => row.Measure.EndDate),
        new("budgetEuros", "Begroting (euro)", row => row.Measure.Funding.Sum(line => line.AmountCents) / 100m),
        new("milestones", "Mijlpalen", row => row.Measure.Milestones.Count),
        new("milestonesDone", "Mijlpalen gehaald", row => row.Measure.Milestones.Count(milestone => milestone.Done)),
        new("indicators", "Indicatoren", row => string.Join(", ", row.Measure.Indicators.Select(link => link.IndicatorCode))),
        new("description", "Omschrijving", row => row.Measure.Description),
        new("version", "Versie", row => row.Measure.Version),
        new("updatedAt", "Bijgewerkt", row => row.Measure.UpdatedAt),
    ]);
}
