using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

/// <summary>A measure's progress reports, one row per period: the texts, the rating, money spent and people reached summed.</summary>
public static class ReportTable
{
    public static readonly ExportTable<ReportDto> Definition = new("reports", "voortgangsrapportages",
    [
        new("measureId", "Maatregel (id)", report => report.MeasureId),
        new("period", "Periode", report => report.Period),
        new("state", "Status", report => report.State, DutchLabels.ReportStates),
        new("rating", "Voortgang", report => report.Rating, DutchLabels.ProgressRatings),
        new("done", "Gedaan", report => report.Done),
        new("obstacles", "Knelpunten", report => report.Obstacles),
        new("nextSteps", "Volgende stappen", report => report.NextSteps),
        new("spentEuros", "Besteed (euro)", report => report.Spending.Sum(line => line.SpentCents) / 100m),
        new("peopleReached", "Bereikte mensen", report => report.Reach.Sum(reach => (long)reach.People)),
        new("milestonesDone", "Mijlpalen gehaald", report => report.Milestones.Count(milestone => milestone.Done)),
        new("attachments", "Bijlagen", report => report.Attachments.Count),
        new("lastEditor.name", "Laatst bewerkt door", report => report.LastEditor.Name),
        new("version", "Versie", report => report.Version),
        new("updatedAt", "Bijgewerkt", report => report.UpdatedAt),
    ]);
}
