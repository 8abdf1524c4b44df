using Grpc.Core;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Exports;

public static class AreaNames
{
    /// <summary>The names of these areas, for a table of figures; an area the service does not know keeps its code alone.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> AreaNamesOfAsync(
        this IndicatorsService.IndicatorsServiceClient indicators, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>();
        foreach (var batch in codes.Distinct().Chunk(TableRows.PageSize))
        {
            var request = new BatchGetAreasRequest();
            request.Codes.AddRange(batch);
            var response = await indicators.BatchGetAreasAsync(request, new CallOptions(cancellationToken: cancellationToken));
            foreach (var area in response.Areas)
            {
                names[area.Code] = area.Name;
            }
        }

        return names;
    }
}
