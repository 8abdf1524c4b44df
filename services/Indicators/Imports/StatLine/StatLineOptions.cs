namespace Nplv.Indicators.Imports.StatLine;

/// <summary>
/// Where the StatLine catalogues are (section <c>StatLine</c>). The defaults are CBS's public addresses; tests and
/// mirrors point them elsewhere. Retries and timeouts are the standard HTTP resilience handler's
/// (<c>StatLine:Resilience</c>, as <c>HttpStandardResilienceOptions</c>).
/// </summary>
public sealed class StatLineOptions
{
    public const string Section = "StatLine";

    public Uri Cbs { get; set; } = new("https://opendata.cbs.nl/ODataApi/odata/");

    public Uri CbsThirdParty { get; set; } = new("https://dataderden.cbs.nl/ODataApi/odata/");

    public Uri CbsV4 { get; set; } = new("https://datasets.cbs.nl/odata/v1/CBS/");

    /// <summary>At most this many pages per table: a guard against a server that keeps sending next links.</summary>
    public int MaxPages { get; set; } = 10_000;

    public Uri AddressOf(StatLineCatalog catalog) => catalog switch
    {
        StatLineCatalog.Cbs => Cbs,
        StatLineCatalog.CbsThirdParty => CbsThirdParty,
        _ => CbsV4,
    };
}
