using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

public static class IndicatorTable
{
    public static readonly ExportTable<IndicatorDto> Definition = new("indicators", "indicatoren",
    [
        new("code", "Code", indicator => indicator.Code),
        new("name", "Naam", indicator => indicator.Name),
        new("theme", "Thema", indicator => indicator.Theme, DutchLabels.Themes),
        new("unit", "Eenheid", indicator => indicator.Unit),
        new("direction", "Richting", indicator => indicator.Direction, DutchLabels.Directions),
        new("aggregation", "Wijkcijfer uit buurten", indicator => indicator.Aggregation, DutchLabels.Aggregations),
        new("source.dataset", "Bron", indicator => indicator.Source.Dataset),
        new("source.column", "Bronkolom", indicator => indicator.Source.Column),
        new("definition", "Definitie", indicator => indicator.Definition),
        new("version", "Versie", indicator => indicator.Version),
        new("updatedAt", "Bijgewerkt", indicator => indicator.UpdatedAt),
    ]);
}
