namespace Nplv.Indicators.Data;

/// <summary>
/// Where a query reads its figures: the observations known now (the table), or those known at an earlier moment,
/// each figure as it stood then (<c>observations_known_at</c>, which needs an <c>@asOf</c> parameter).
/// </summary>
internal static class KnownFigures
{
    public const string Now = "observations";
    public const string AtMoment = "observations_known_at(@asOf)";

    public static string Source(DateTime? asOf) => asOf is null ? Now : AtMoment;
}
