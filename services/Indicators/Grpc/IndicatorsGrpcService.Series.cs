using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Shared.Domain;
using Nplv.Shared.Grpc;

namespace Nplv.Indicators.Grpc;

public sealed partial class IndicatorsGrpcService
{
    private const int MaxSeriesIndicators = 50;

    public override async Task<GetSeriesResponse> GetSeries(GetSeriesRequest request, ServerCallContext context)
    {
        var validator = new Validator().RequireText(request.IndicatorCode, "indicator_code", Domain.IndicatorDraft.MaxCodeLength);
        var asOf = validator.OptionalTime(request.AsOf, "as_of");
        var areaCodes = ValidSeriesRange(validator, request.AreaCodes, request.FromYear, request.ToYear);

        var series = await seriesReader.ReadAsync(
            [request.IndicatorCode.Trim()], areaCodes, request.FromYear, request.ToYear, asOf, context.CancellationToken);
        return series.Single().ToProto();
    }

    public override async Task<BatchGetSeriesResponse> BatchGetSeries(BatchGetSeriesRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .RequireCodes(request.IndicatorCodes, "indicator_codes", MaxSeriesIndicators, Domain.IndicatorDraft.MaxCodeLength);
        var indicatorCodes = Trimmed(request.IndicatorCodes);
        var seen = new HashSet<string>();
        for (var i = 0; i < indicatorCodes.Count; i++)
        {
            validator.Require(seen.Add(indicatorCodes[i]), $"indicator_codes[{i}]", "repeats an earlier code");
        }

        var asOf = validator.OptionalTime(request.AsOf, "as_of");
        var areaCodes = ValidSeriesRange(validator, request.AreaCodes, request.FromYear, request.ToYear);

        var series = await seriesReader.ReadAsync(
            indicatorCodes, areaCodes, request.FromYear, request.ToYear, asOf, context.CancellationToken);
        return new BatchGetSeriesResponse { Results = { series.Select(s => s.ToProto()) } };
    }

    /// <summary>
    /// Adds the checks of the areas and years that every series request has, throws when any field is bad, and
    /// returns the trimmed area codes.
    /// </summary>
    private static List<string> ValidSeriesRange(Validator validator, IReadOnlyList<string> areaCodes, int fromYear, int toYear)
    {
        validator
            .Require(areaCodes.Count > 0, "area_codes", "must hold at least one code")
            .RequireCodes(areaCodes, "area_codes", MaxBatch, MaxAreaCodeLength)
            .Require(fromYear is >= MinYear and <= MaxYear, "from_year", $"must be between {MinYear} and {MaxYear}")
            .Require(toYear >= fromYear && toYear <= MaxYear, "to_year", $"must be between from_year and {MaxYear}")
            .ThrowIfInvalid();
        return Trimmed(areaCodes);
    }
}
