using Nplv.Indicators.Domain;
using Proto = Nplv.Indicators.V1;

namespace Nplv.Indicators.Grpc;

internal static class ObservationMapping
{
    public static Proto.Observation ToProto(this Observation observation)
    {
        var proto = new Proto.Observation
        {
            IndicatorCode = observation.IndicatorCode,
            AreaCode = observation.AreaCode,
            Year = observation.Year,
            Status = observation.Status.ToProto(),
            Source = observation.Source,
        };
        if (observation.Value is { } value)
        {
            proto.Value = value;
        }

        return proto;
    }
}
