using Nplv.Indicators.V1;
using Nplv.Measures.Domain;

namespace Nplv.Measures.Remote;

public sealed class GrpcIndicatorDirectory(IndicatorsService.IndicatorsServiceClient client) : IIndicatorDirectory
{
    public async Task<IReadOnlySet<string>> MissingAreasAsync(IReadOnlyCollection<string> areaCodes, CancellationToken cancellationToken)
    {
        var found = await ReferenceLookup.FindAsync(
            "indicators",
            areaCodes,
            async codes => (IEnumerable<Area>)(await client.BatchGetAreasAsync(
                new BatchGetAreasRequest { Codes = { codes } }, cancellationToken: cancellationToken)).Areas,
            code => client.GetAreaAsync(new GetAreaRequest { Code = code }, cancellationToken: cancellationToken).ResponseAsync,
            area => area.Code);
        return areaCodes.Where(code => !found.ContainsKey(code)).ToHashSet();
    }

    public async Task<IReadOnlySet<string>> MissingIndicatorsAsync(IReadOnlyCollection<string> indicatorCodes, CancellationToken cancellationToken)
    {
        var found = await ReferenceLookup.FindAsync(
            "indicators",
            indicatorCodes,
            async codes => (IEnumerable<Indicator>)(await client.BatchGetIndicatorsAsync(
                new BatchGetIndicatorsRequest { Codes = { codes } }, cancellationToken: cancellationToken)).Indicators,
            code => client.GetIndicatorAsync(new GetIndicatorRequest { Code = code }, cancellationToken: cancellationToken).ResponseAsync,
            indicator => indicator.Code);
        return indicatorCodes.Where(code => !found.ContainsKey(code)).ToHashSet();
    }
}
