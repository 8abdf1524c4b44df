using Grpc.Core;
using Nplv.Indicators.Domain;
using Nplv.Indicators.V1;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Grpc;

public sealed partial class IndicatorsGrpcService
{
    private const int MaxObservations = 10_000;
    private const int MaxSourceLength = 500;
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    public override async Task<RecordObservationsResponse> RecordObservations(
        RecordObservationsRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .Require(request.Observations.Count > 0, "observations", "must hold at least one observation")
            .Require(request.Observations.Count <= MaxObservations, "observations", $"must hold at most {MaxObservations}");
        for (var i = 0; i < Math.Min(request.Observations.Count, MaxObservations); i++)
        {
            // Checked before the codes are looked up: a NUL character or a code of any length would fail the query.
            validator
                .RequireText(request.Observations[i].IndicatorCode, $"observations[{i}].indicator_code", IndicatorDraft.MaxCodeLength)
                .RequireText(request.Observations[i].AreaCode, $"observations[{i}].area_code", MaxAreaCodeLength);
        }

        validator.ThrowIfInvalid();

        var known = await observations.KnownCodesAsync(
            request.Observations.Select(o => o.IndicatorCode), request.Observations.Select(o => o.AreaCode),
            context.CancellationToken);
        var keys = new HashSet<(string, string, int)>();
        var accepted = new List<Domain.Observation>(request.Observations.Count);
        for (var i = 0; i < request.Observations.Count; i++)
        {
            var o = request.Observations[i];
            var field = $"observations[{i}].";
            var status = o.Status.ToDomain();
            validator
                .Require(known.Indicators.Contains(o.IndicatorCode), field + "indicator_code", $"no indicator '{o.IndicatorCode}'")
                .Require(known.Areas.ContainsKey(o.AreaCode), field + "area_code", $"no area '{o.AreaCode}'")
                .Require(!known.Areas.ContainsKey(o.AreaCode) || known.IsValidArea(o.AreaCode, o.Year), field + "year",
                    $"area '{o.AreaCode}' has no code in that year")
                .Require(o.Year is >= MinYear and <= MaxYear, field + "year", $"must be between {MinYear} and {MaxYear}")
                .Require(!o.HasValue || double.IsFinite(o.Value), field + "value", "must be a finite number, or absent when missing")
                .Require(status is not null, field + "status", "must be definitief or voorlopig")
                .RequireText(o.Source, field + "source", MaxSourceLength)
                .Require(keys.Add((o.IndicatorCode, o.AreaCode, o.Year)), field + "year",
                    "repeats an earlier observation of the same indicator, area and year");
            if (validator.IsValid)
            {
                accepted.Add(new Domain.Observation(
                    o.IndicatorCode, o.AreaCode, o.Year, o.HasValue ? o.Value : null, status!.Value, o.Source.Trim()));
            }
        }

        validator.ThrowIfInvalid();

        var written = await observations.RecordAsync(accepted, context.CancellationToken);
        return new RecordObservationsResponse { Written = written };
    }

    public override async Task<GetLatestValuesResponse> GetLatestValues(GetLatestValuesRequest request, ServerCallContext context)
    {
        new Validator()
            .RequireText(request.AreaCode, "area_code", MaxAreaCodeLength)
            .RequireCodes(request.IndicatorCodes, "indicator_codes", MaxBatch, IndicatorDraft.MaxCodeLength)
            .ThrowIfInvalid();

        var area = await areas.GetAsync(request.AreaCode.Trim(), context.CancellationToken);
        var indicatorCodes = request.IndicatorCodes.Select(c => c.Trim()).ToList();
        var known = await observations.KnownCodesAsync(indicatorCodes, [], context.CancellationToken);
        var validator = new Validator();
        RequireKnown(validator, indicatorCodes, "indicator_codes", known.Indicators.Contains, "indicator");
        validator.ThrowIfInvalid();
        var latest = await observations.LatestAsync(area.Code, indicatorCodes, context.CancellationToken);

        var response = new GetLatestValuesResponse { AreaCode = area.Code };
        response.Values.AddRange(latest.Select(o =>
        {
            var value = new LatestValue { IndicatorCode = o.IndicatorCode, Year = o.Year, Status = o.Status.ToProto(), Source = o.Source };
            if (o.Value is { } v)
            {
                value.Value = v;
            }

            return value;
        }));
        return response;
    }

    /// <summary>Names each code of a list that is not known, as <c>indicator_codes[3]</c>: "no indicator 'x'".</summary>
    private static void RequireKnown(Validator validator, IReadOnlyList<string> codes, string field, Func<string, bool> isKnown, string what)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            validator.Require(isKnown(codes[i]), $"{field}[{i}]", $"no {what} '{codes[i]}'");
        }
    }
}
