using Nplv.Indicators.Domain;
using Proto = Nplv.Indicators.V1;

namespace Nplv.Indicators.Grpc;

internal static class AreaMapping
{
    public static Proto.Area ToProto(this Area area) => new()
    {
        Code = area.Code,
        Name = area.Name,
        Level = area.Level.ToProto(),
        ParentCode = area.ParentCode ?? "",
        ValidFromYear = area.ValidFromYear,
        ValidToYear = area.ValidToYear ?? 0,
        Population = area.Population ?? 0,
        PopulationYear = area.PopulationYear ?? 0,
        Source = area.Source,
    };

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
