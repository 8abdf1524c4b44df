using Grpc.Core;
using Nplv.Gateway.Views;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Exports;

public static class AreaNames
{
    /// <summary>The names of these areas, for a table of figures; an area the service does not know keeps its code alone.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> AreaNamesOfAsync(
        this IndicatorsService.IndicatorsServiceClient indicators, IEnumerable<string> codes, CancellationToken cancellationToken)
        => (await indicators.BatchGetAllAreasAsync(codes, new CallOptions(cancellationToken: cancellationToken)))
            .ToDictionary(area => area.Code, area => area.Name);
}
