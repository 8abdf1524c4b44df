using Nplv.Partners.Domain;

namespace Nplv.Partners.Data.Seed;

/// <summary>
/// Coalition partners named in public sources on the programme's measures. Their ids are fixed because the measures
/// service's seed names them (services/Measures/Data/Seed/MeasureSeedData.cs).
/// </summary>
public static class PartnerSeedData
{
    public static readonly Guid GemeenteGroningen = new("0195a000-0000-7000-8000-000000000001");
    public static readonly Guid WerkPro = new("0195a000-0000-7000-8000-000000000002");
    public static readonly Guid AlfaCollege = new("0195a000-0000-7000-8000-000000000003");
    public static readonly Guid MinisterieBzk = new("0195a000-0000-7000-8000-000000000004");

    public static readonly IReadOnlyList<(Guid Id, PartnerDetails Details)> Partners =
    [
        (GemeenteGroningen, new PartnerDetails(
            "Gemeente Groningen", PartnerType.Gemeente,
            "Trekker van NPLV Groningen-Noord en de wijkvernieuwing in de noordelijke wijken (wijkvernieuwing.groningen.nl).",
            "https://gemeente.groningen.nl", [])),
        (WerkPro, new PartnerDetails(
            "WerkPro", PartnerType.Welzijn,
            "Partner in 'De wijk als leerwerkplek': wijkgildes en werk in de wijk (oogtv.nl, mei 2025).",
            "https://www.werkpro.nl", [])),
        (AlfaCollege, new PartnerDetails(
            "Alfa-college", PartnerType.Onderwijs,
            "Mbo-instelling; partner in 'De wijk als leerwerkplek' (oogtv.nl, mei 2025).",
            "https://www.alfa-college.nl", [])),
        (MinisterieBzk, new PartnerDetails(
            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", PartnerType.Rijk,
            "Rijkspartner in het NPLV; financiert de pilot gratis kinderopvang in Selwerd, Paddepoel en Tuinwijk (oogtv.nl, december 2023).",
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties", [])),
    ];
}
