using Nplv.Indicators.V1;
using Nplv.Measures.Domain;

namespace Nplv.Measures.Remote;

public sealed class GrpcIndicatorDirectory(IndicatorsService.IndicatorsServiceClient client) : IIndicatorDirectory
{
    public Task<IReadOnlySet<string>> MissingAreasAsync(IReadOnlyCollection<string> areaCodes, CancellationToken cancellationToken)
        => ReferenceLookup.MissingAsync(
            "indicators",
            areaCodes,
            codes => client.BatchGetAreasAsync(new BatchGetAreasRequest { Codes = { codes } }, cancellationToken: cancellationToken).ResponseAsync,
            code => client.GetAreaAsync(new GetAreaRequest { Code = code }, cancellationToken: cancellationToken).ResponseAsync);

    public Task<IReadOnlySet<string>> MissingIndicatorsAsync(IReadOnlyCollection<string> indicatorCodes, CancellationToken cancellationToken)
        => ReferenceLookup.MissingAsync(
            "indicators",
            indicatorCodes,
            codes => client.BatchGetIndicatorsAsync(new BatchGetIndicatorsRequest { Codes = { codes } }, cancellationToken: cancellationToken).ResponseAsync,
            code => client.GetIndicatorAsync(new GetIndicatorRequest { Code = code }, cancellationToken: cancellationToken).ResponseAsync);
}
