using System.Text.Json.Serialization;

namespace Nplv.Indicators.Imports.StatLine;

/// <summary>Where StatLine keeps a table, and so which OData version reads it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatLineCatalog>))]
public enum StatLineCatalog
{
    /// <summary>CBS's own tables over OData v3 (opendata.cbs.nl/ODataApi/odata).</summary>
    Cbs,

    /// <summary>Tables CBS publishes for others, such as RIVM's 50090NED, over OData v3 (dataderden.cbs.nl/ODataApi/odata).</summary>
    CbsThirdParty,

    /// <summary>CBS's tables over OData v4 (datasets.cbs.nl/odata/v1/CBS).</summary>
    CbsV4,
}

public static class StatLineCatalogNames
{
    private static readonly Dictionary<StatLineCatalog, string> Names = new()
    {
        [StatLineCatalog.Cbs] = "cbs",
        [StatLineCatalog.CbsThirdParty] = "cbs-third-party",
        [StatLineCatalog.CbsV4] = "cbs-v4",
    };

    /// <summary>The catalogue's name in mapping documents, the importer's options and the imports table.</summary>
    public static string Name(this StatLineCatalog catalog) => Names[catalog];

    public static StatLineCatalog? Parse(string? name)
        => Names.FirstOrDefault(pair => pair.Value == name) is { Value: not null } pair ? pair.Key : null;

    public static IEnumerable<string> All => Names.Values;

    /// <summary>The file format the catalogue's pages are in.</summary>
    public static ImportFormat Format(this StatLineCatalog catalog)
        => catalog == StatLineCatalog.CbsV4 ? ImportFormat.CbsODataV4 : ImportFormat.CbsODataV3;
}
