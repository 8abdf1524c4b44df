using Nplv.Indicators.V1;

namespace Nplv.Gateway.Models;

/// <summary>One figure of a series. A suppressed or missing figure has no value, never zero; derived marks a wijk figure computed from its buurten.</summary>
public sealed record SeriesPointDto(int Year, double? Value, string Status, string Source, bool Derived)
{
    public static SeriesPointDto From(SeriesPoint point)
        => new(point.Year, point.HasValue ? point.Value : null, point.Status.ToJsonName(), point.Source, point.Derived);
}

public sealed record AreaSeriesDto(string AreaCode, IReadOnlyList<SeriesPointDto> Points)
{
    public static AreaSeriesDto From(AreaSeries series) => new(series.AreaCode, [.. series.Points.Select(SeriesPointDto.From)]);
}

public sealed record SeriesDto(IndicatorDto Indicator, IReadOnlyList<AreaSeriesDto> Series)
{
    public static SeriesDto From(GetSeriesResponse response)
        => new(IndicatorDto.From(response.Indicator), [.. response.Series.Select(AreaSeriesDto.From)]);
}

/// <summary>Without from and to a series runs over every year the indicators service keeps.</summary>
public static class SeriesYears
{
    public const int First = 1900;
    public const int Last = 2100;
}
