using Grpc.Core;
using Nplv.Indicators.Data;
using Nplv.Indicators.V1;
using Nplv.Shared.Domain;
using Nplv.Shared.Grpc;

namespace Nplv.Indicators.Grpc;

public sealed partial class IndicatorsGrpcService
{
    /// <summary>Observations per message of a stream: large enough that framing costs little, small enough to stay flat.</summary>
    private const int StreamBatchSize = 1_000;

    public override async Task StreamObservations(
        StreamObservationsRequest request, IServerStreamWriter<ObservationBatch> responseStream, ServerCallContext context)
    {
        var validator = new Validator()
            .RequireCodes(request.IndicatorCodes, "indicator_codes", MaxBatch, Domain.IndicatorDraft.MaxCodeLength)
            .RequireCodes(request.AreaCodes, "area_codes", MaxBatch, MaxAreaCodeLength)
            .Require(request.FromYear == 0 || request.FromYear is >= MinYear and <= MaxYear, "from_year",
                $"must be 0 (open) or between {MinYear} and {MaxYear}")
            .Require(request.ToYear == 0 || request.ToYear is >= MinYear and <= MaxYear, "to_year",
                $"must be 0 (open) or between {MinYear} and {MaxYear}")
            .Require(request.FromYear == 0 || request.ToYear == 0 || request.ToYear >= request.FromYear, "to_year",
                "must not lie before from_year");
        var asOf = validator.OptionalTime(request.AsOf, "as_of");
        validator.ThrowIfInvalid();

        var indicatorCodes = Trimmed(request.IndicatorCodes);
        var areaCodes = Trimmed(request.AreaCodes);
        var known = await observations.KnownCodesAsync(indicatorCodes, areaCodes, context.CancellationToken);
        RequireKnown(validator, indicatorCodes, "indicator_codes", known.Indicators.Contains, "indicator");
        RequireKnown(validator, areaCodes, "area_codes", known.Areas.ContainsKey, "area");
        validator.ThrowIfInvalid();

        // Taken once the request is known to be good, held until the last batch is written or the caller goes away.
        using var slot = streamSlots.Take();
        var filter = new ObservationFilter(
            indicatorCodes, areaCodes, request.FromYear == 0 ? MinYear : request.FromYear, request.ToYear == 0 ? MaxYear : request.ToYear);
        var batch = new ObservationBatch();
        await foreach (var observation in observations.StreamAsync(filter, asOf, context.CancellationToken))
        {
            batch.Observations.Add(observation.ToProto());
            if (batch.Observations.Count == StreamBatchSize)
            {
                await responseStream.WriteAsync(batch, context.CancellationToken);
                batch = new ObservationBatch();
            }
        }

        if (batch.Observations.Count > 0)
        {
            await responseStream.WriteAsync(batch, context.CancellationToken);
        }
    }
}
