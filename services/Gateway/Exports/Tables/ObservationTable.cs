using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

public static class ObservationTable
{
    public static readonly ExportTable<ObservationDto> Definition = new("observations", "waarnemingen",
    [
        new("indicatorCode", "Indicator", row => row.IndicatorCode),
        new("areaCode", "Gebiedscode", row => row.AreaCode),
        new("year", "Jaar", row => row.Year),
        new("value", "Waarde", row => row.Value),
        new("status", "Status", row => row.Status),
        new("source", "Bron", row => row.Source),
    ]);
}
