namespace Nplv.Contracts;

/// <summary>
/// How the contracts name records whose key has two parts, in errors and in the history: the gateway asks for a
/// history with these ids and the services record with them. Single keys are the record's own: a UUID in its
/// 36-character form, an indicator code.
/// </summary>
public static class RecordIds
{
    /// <summary>A measure's report on a period: "&lt;measure id&gt;/&lt;period&gt;".</summary>
    public static string Report(Guid measureId, string period) => $"{measureId}/{period}";

    /// <summary>An indicator's target in an area: "&lt;indicator&gt;@&lt;area&gt;".</summary>
    public static string Target(string indicatorCode, string areaCode) => $"{indicatorCode}@{areaCode}";
}
