using Grpc.Core;
using Nplv.Gateway.Views;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.AnnualReports;

/// <summary>The areas a report is about: a wijk with its buurten, or every wijk of the programme's buurten in the year.</summary>
public sealed record AnnualReportScopeAreas(IReadOnlyList<Area> Wijken, IReadOnlySet<string> AllCodes)
{
    /// <summary>The programme the areas belong to, as the indicators service names it.</summary>
    public const string Programme = "nplv-groningen-noord";

    public static async Task<AnnualReportScopeAreas> ReadAsync(
        IndicatorsService.IndicatorsServiceClient indicators, string? wijkCode, int year, CallOptions call)
    {
        if (wijkCode is not null)
        {
            var wijk = await indicators.GetAreaAsync(new GetAreaRequest { Code = wijkCode }, call);
            var buurten = await Paging.ReadAllAsync(
                token => indicators.ListAreasAsync(new ListAreasRequest { ParentCode = wijkCode, PageSize = 500, PageToken = token }, call).ResponseAsync,
                page => page.Areas,
                page => page.NextPageToken);
            return new AnnualReportScopeAreas([wijk], buurten.Select(b => b.Code).Append(wijkCode).ToHashSet());
        }

        var programmeBuurten = await Paging.ReadAllAsync(
            token => indicators.ListAreasAsync(
                new ListAreasRequest { Programme = Programme, Year = year, Level = AreaLevel.Buurt, PageSize = 500, PageToken = token }, call).ResponseAsync,
            page => page.Areas,
            page => page.NextPageToken);
        var wijkCodes = programmeBuurten.Select(b => b.ParentCode).Where(code => code.Length > 0).Distinct().ToList();
        var wijken = await indicators.BatchGetAllAreasAsync(wijkCodes, call);

        return new AnnualReportScopeAreas(
            [.. wijken.OrderBy(w => w.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))],
            programmeBuurten.Select(b => b.Code).Concat(wijkCodes).ToHashSet());
    }
}
