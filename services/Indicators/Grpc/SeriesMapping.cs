using Nplv.Indicators.Domain;
using Proto = Nplv.Indicators.V1;

namespace Nplv.Indicators.Grpc;

internal static class SeriesMapping
{
    public static Proto.GetSeriesResponse ToProto(this IndicatorSeries series) => new()
    {
        Indicator = series.Indicator.ToProto(),
        Series =
        {
            series.Series.Select(area => new Proto.AreaSeries { AreaCode = area.AreaCode, Points = { area.Points.Select(ToProto) } }),
        },
    };

    private static Proto.SeriesPoint ToProto(SeriesPoint point)
    {
        var proto = new Proto.SeriesPoint
        {
            Year = point.Year, Status = point.Status.ToProto(), Source = point.Source, Derived = point.Derived,
        };
        if (point.Value is { } value)
        {
            proto.Value = value;
        }

        return proto;
    }
}
