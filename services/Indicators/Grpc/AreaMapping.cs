using Nplv.Indicators.Domain;
using Proto = Nplv.Indicators.V1;

namespace Nplv.Indicators.Grpc;

internal static class AreaMapping
{
    public static Proto.Area ToProto(this Area area)
    {
        var proto = new Proto.Area
        {
            Code = area.Code,
            Name = area.Name,
            Level = area.Level.ToProto(),
            ParentCode = area.ParentCode ?? "",
            ValidFromYear = area.ValidFromYear,
            Source = area.Source,
        };
        proto.Programmes.AddRange(area.Programmes.Select(m =>
        {
            var membership = new Proto.ProgrammeMembership
            {
                Programme = m.Programme, ProgrammeWijk = m.ProgrammeWijk, FromYear = m.FromYear, Source = m.Source,
            };
            if (m.ToYear is { } toYear)
            {
                membership.ToYear = toYear;
            }

            return membership;
        }));
        if (area.ValidToYear is { } validTo)
        {
            proto.ValidToYear = validTo;
        }

        if (area.Population is { } population)
        {
            proto.Population = population;
        }

        if (area.PopulationYear is { } populationYear)
        {
            proto.PopulationYear = populationYear;
        }

        return proto;
    }

    public static Proto.AreaLevel ToProto(this AreaLevel level) => level switch
    {
        AreaLevel.Buurt => Proto.AreaLevel.Buurt,
        AreaLevel.Wijk => Proto.AreaLevel.Wijk,
        AreaLevel.Gemeente => Proto.AreaLevel.Gemeente,
        AreaLevel.Land => Proto.AreaLevel.Land,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static AreaLevel? ToDomain(this Proto.AreaLevel level) => level switch
    {
        Proto.AreaLevel.Buurt => AreaLevel.Buurt,
        Proto.AreaLevel.Wijk => AreaLevel.Wijk,
        Proto.AreaLevel.Gemeente => AreaLevel.Gemeente,
        Proto.AreaLevel.Land => AreaLevel.Land,
        _ => null,
    };
}
