using Nplv.Partners.Domain;
using Proto = Nplv.Partners.V1;

namespace Nplv.Partners.Grpc;

internal static class PartnerTypeMapping
{
    public static Proto.PartnerType ToProto(this PartnerType type) => type switch
    {
        PartnerType.Gemeente => Proto.PartnerType.Gemeente,
        PartnerType.Bewoners => Proto.PartnerType.Bewoners,
        PartnerType.Woningcorporatie => Proto.PartnerType.Woningcorporatie,
        PartnerType.Politie => Proto.PartnerType.Politie,
        PartnerType.Welzijn => Proto.PartnerType.Welzijn,
        PartnerType.Werkgever => Proto.PartnerType.Werkgever,
        PartnerType.Onderwijs => Proto.PartnerType.Onderwijs,
        PartnerType.Kinderopvang => Proto.PartnerType.Kinderopvang,
        PartnerType.Rijk => Proto.PartnerType.Rijk,
        PartnerType.Other => Proto.PartnerType.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Null for UNSPECIFIED and for numbers this version does not know; validation rejects both.</summary>
    public static PartnerType? ToDomain(this Proto.PartnerType type) => type switch
    {
        Proto.PartnerType.Gemeente => PartnerType.Gemeente,
        Proto.PartnerType.Bewoners => PartnerType.Bewoners,
        Proto.PartnerType.Woningcorporatie => PartnerType.Woningcorporatie,
        Proto.PartnerType.Politie => PartnerType.Politie,
        Proto.PartnerType.Welzijn => PartnerType.Welzijn,
        Proto.PartnerType.Werkgever => PartnerType.Werkgever,
        Proto.PartnerType.Onderwijs => PartnerType.Onderwijs,
        Proto.PartnerType.Kinderopvang => PartnerType.Kinderopvang,
        Proto.PartnerType.Rijk => PartnerType.Rijk,
        Proto.PartnerType.Other => PartnerType.Other,
        _ => null,
    };
}
