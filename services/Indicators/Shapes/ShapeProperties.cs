namespace Nplv.Indicators.Shapes;

/// <summary>Where the CBS files keep an area's code and name: the kaart since 2020, the kaart before it, PDOK's indelingen.</summary>
internal static class ShapeProperties
{
    public static readonly string[] CodeNames = ["buurtcode", "wijkcode", "gemeentecode", "statcode", "BU_CODE", "WK_CODE", "GM_CODE"];
    public static readonly string[] NameNames = ["buurtnaam", "wijknaam", "gemeentenaam", "statnaam", "BU_NAAM", "WK_NAAM", "GM_NAAM"];
}
