using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

/// <summary>Who has reported on a period: a row per measure, with its report's state and whether it is late.</summary>
public static class PeriodOverviewTable
{
    public static readonly ExportTable<ExpectedReportDto> Definition = new("period-overview", "rapportages-periode",
    [
        new("measureId", "Maatregel (id)", report => report.MeasureId),
        new("measureTitle", "Maatregel", report => report.MeasureTitle),
        new("leadPartnerId", "Trekker (id)", report => report.LeadPartnerId),
        new("expected", "Verwacht", report => report.Expected),
        new("state", "Status", report => report.State, DutchLabels.ReportStates),
        new("late", "Te laat", report => report.Late),
        new("updatedAt", "Bijgewerkt", report => report.UpdatedAt),
    ]);
}
