using Grpc.Core;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Views;

internal static class BatchReads
{
    private const int MaxSeriesPerCall = 50;

    /// <summary>The partners with these ids, in batches of the most one call takes, all at once.</summary>
    public static async Task<List<Partner>> BatchGetAllAsync(
        this PartnersService.PartnersServiceClient partners, IReadOnlyCollection<string> ids, CallOptions call)
    {
        var batches = ids.Chunk(Paging.PageSize).Select(batch =>
        {
            var request = new BatchGetPartnersRequest();
            request.Ids.AddRange(batch);
            return partners.BatchGetPartnersAsync(request, call).ResponseAsync;
        });
        return [.. (await Task.WhenAll(batches)).SelectMany(response => response.Partners)];
    }

    /// <summary>The areas with these codes, in batches of the most one call takes, all at once.</summary>
    public static async Task<List<Area>> BatchGetAllAreasAsync(
        this IndicatorsService.IndicatorsServiceClient indicators, IEnumerable<string> codes, CallOptions call)
    {
        var batches = codes.Distinct().Chunk(Paging.PageSize).Select(batch =>
        {
            var request = new BatchGetAreasRequest();
            request.Codes.AddRange(batch);
            return indicators.BatchGetAreasAsync(request, call).ResponseAsync;
        });
        return [.. (await Task.WhenAll(batches)).SelectMany(response => response.Areas)];
    }

    /// <summary>
    /// The series of these indicators in these areas, over every year, in batches of the most one call takes; with
    /// <paramref name="asOf"/>, the figures as they were known then.
    /// </summary>
    public static async Task<List<GetSeriesResponse>> BatchGetAllSeriesAsync(
        this IndicatorsService.IndicatorsServiceClient indicators,
        IReadOnlyCollection<string> indicatorCodes,
        IEnumerable<string> areaCodes,
        CallOptions call,
        Google.Protobuf.WellKnownTypes.Timestamp? asOf = null)
    {
        var batches = indicatorCodes.Distinct().Chunk(MaxSeriesPerCall).Select(batch =>
        {
            var request = new BatchGetSeriesRequest { FromYear = SeriesYears.First, ToYear = SeriesYears.Last, AsOf = asOf };
            request.IndicatorCodes.AddRange(batch);
            request.AreaCodes.AddRange(areaCodes);
            return indicators.BatchGetSeriesAsync(request, call).ResponseAsync;
        });
        return [.. (await Task.WhenAll(batches)).SelectMany(response => response.Results)];
    }
}
