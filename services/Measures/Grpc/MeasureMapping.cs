using Google.Protobuf.WellKnownTypes;
using Nplv.Measures.Domain;
using Proto = Nplv.Measures.V1;

namespace Nplv.Measures.Grpc;

internal static class MeasureMapping
{
    public static Proto.Measure ToProto(this Measure measure)
    {
        var proto = new Proto.Measure
        {
            Id = measure.Id.ToString(),
            Title = measure.Title,
            Description = measure.Description,
            Theme = measure.Theme.ToProto(),
            LeadPartnerId = measure.LeadPartnerId.ToString(),
            Status = measure.Status.ToProto(),
            Version = measure.Version,
            CreateTime = Timestamp.FromDateTime(DateTime.SpecifyKind(measure.CreatedAt, DateTimeKind.Utc)),
            UpdateTime = Timestamp.FromDateTime(DateTime.SpecifyKind(measure.UpdatedAt, DateTimeKind.Utc)),
        };
        proto.AreaCodes.AddRange(measure.AreaCodes);
        return proto;
    }

    public static Proto.Theme ToProto(this Theme theme) => theme switch
    {
        Theme.Onderwijs => Proto.Theme.Onderwijs,
        Theme.Armoede => Proto.Theme.Armoede,
        Theme.Werk => Proto.Theme.Werk,
        Theme.Gezondheid => Proto.Theme.Gezondheid,
        Theme.Wonen => Proto.Theme.Wonen,
        Theme.Veiligheid => Proto.Theme.Veiligheid,
        Theme.Participatie => Proto.Theme.Participatie,
        _ => throw new ArgumentOutOfRangeException(nameof(theme), theme, null),
    };

    public static Theme? ToDomain(this Proto.Theme theme) => theme switch
    {
        Proto.Theme.Onderwijs => Theme.Onderwijs,
        Proto.Theme.Armoede => Theme.Armoede,
        Proto.Theme.Werk => Theme.Werk,
        Proto.Theme.Gezondheid => Theme.Gezondheid,
        Proto.Theme.Wonen => Theme.Wonen,
        Proto.Theme.Veiligheid => Theme.Veiligheid,
        Proto.Theme.Participatie => Theme.Participatie,
        _ => null,
    };

    public static Proto.MeasureStatus ToProto(this MeasureStatus status) => status switch
    {
        MeasureStatus.Idee => Proto.MeasureStatus.Idee,
        MeasureStatus.Gepland => Proto.MeasureStatus.Gepland,
        MeasureStatus.Lopend => Proto.MeasureStatus.Lopend,
        MeasureStatus.Afgerond => Proto.MeasureStatus.Afgerond,
        MeasureStatus.Gestopt => Proto.MeasureStatus.Gestopt,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static MeasureStatus? ToDomain(this Proto.MeasureStatus status) => status switch
    {
        Proto.MeasureStatus.Idee => MeasureStatus.Idee,
        Proto.MeasureStatus.Gepland => MeasureStatus.Gepland,
        Proto.MeasureStatus.Lopend => MeasureStatus.Lopend,
        Proto.MeasureStatus.Afgerond => MeasureStatus.Afgerond,
        Proto.MeasureStatus.Gestopt => MeasureStatus.Gestopt,
        _ => null,
    };
}
