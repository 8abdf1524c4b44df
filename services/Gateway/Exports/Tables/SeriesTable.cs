using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports.Tables;

/// <summary>One figure of an indicator's series in one area, with its source and status.</summary>
public sealed record SeriesRow(string IndicatorCode, string AreaCode, string? AreaName, SeriesPointDto Point)
{
    public static IEnumerable<SeriesRow> Of(SeriesDto series, IReadOnlyDictionary<string, string> areaNames)
        => series.Series.SelectMany(area => area.Points.Select(point =>
            new SeriesRow(series.Indicator.Code, area.AreaCode, areaNames.GetValueOrDefault(area.AreaCode), point)));
}

public static class SeriesTable
{
    public static readonly ExportTable<SeriesRow> Definition = new("series", "cijfers",
    [
        new("indicatorCode", "Indicator", row => row.IndicatorCode),
        new("areaCode", "Gebiedscode", row => row.AreaCode),
        new("areaName", "Gebied", row => row.AreaName),
        new("year", "Jaar", row => row.Point.Year),
        new("value", "Waarde", row => row.Point.Value),
        new("status", "Status", row => row.Point.Status),
        new("source", "Bron", row => row.Point.Source),
        new("derived", "Afgeleid uit buurten", row => row.Point.Derived),
    ]);
}
