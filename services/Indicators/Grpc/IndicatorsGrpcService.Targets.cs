using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Grpc;

public sealed partial class IndicatorsGrpcService
{
    public override async Task<Target> SetTarget(SetTargetRequest request, ServerCallContext context)
    {
        var validator = new Validator().Require(request.Target is not null, "target", "is required");
        validator.ThrowIfInvalid();
        var t = request.Target!;
        validator
            .RequireText(t.IndicatorCode, "target.indicator_code", Domain.IndicatorDraft.MaxCodeLength)
            .RequireText(t.AreaCode, "target.area_code", MaxAreaCodeLength)
            .Require(t.BaselineYear is >= MinYear and <= MaxYear, "target.baseline_year", $"must be between {MinYear} and {MaxYear}")
            .Require(double.IsFinite(t.BaselineValue), "target.baseline_value", "must be a finite number")
            .Require(t.TargetYear > t.BaselineYear && t.TargetYear <= MaxYear, "target.target_year", "must come after the baseline year")
            .Require(t.GoalCase != Target.GoalOneofCase.None, "target.goal", "needs an absolute_value or a relative goal")
            .Require(t.GoalCase != Target.GoalOneofCase.AbsoluteValue || double.IsFinite(t.AbsoluteValue), "target.absolute_value", "must be a finite number")
            .RequireText(t.Source, "target.source", MaxSourceLength)
            .Require(t.Version >= 0, "target.version", "must be 0 to create, or the version read");
        if (t.GoalCase == Target.GoalOneofCase.Relative)
        {
            validator
                .RequireText(t.Relative.ReferenceAreaCode, "target.relative.reference_area_code", MaxAreaCodeLength)
                .Require(t.Relative.GapFraction is > 0 and <= 1, "target.relative.gap_fraction", "must be above 0 and at most 1");
        }

        validator.ThrowIfInvalid();
        await RequireKnownReferencesAsync(t, validator, context.CancellationToken);

        var saved = await targets.SetAsync(t.ToDomain(), t.Version, context.CancellationToken);
        return saved.ToProto();
    }

    public override async Task<ListTargetsResponse> ListTargets(ListTargetsRequest request, ServerCallContext context)
    {
        // Neither filter lists every target.
        new Validator()
            .OptionalText(request.AreaCode, "area_code", MaxAreaCodeLength)
            .OptionalText(request.IndicatorCode, "indicator_code", Domain.IndicatorDraft.MaxCodeLength)
            .Require(request.UpToYear == 0 || request.UpToYear is >= MinYear and <= MaxYear, "up_to_year", $"must be between {MinYear} and {MaxYear}, or 0")
            .ThrowIfInvalid();

        var progress = await targetProgress.ListAsync(
            NullIfEmpty(request.AreaCode), NullIfEmpty(request.IndicatorCode), request.UpToYear == 0 ? null : request.UpToYear, context.CancellationToken);

        var response = new ListTargetsResponse();
        response.Targets.AddRange(progress.Select(p => p.ToProto()));
        return response;
    }

    private async Task RequireKnownReferencesAsync(Target target, Validator validator, CancellationToken cancellationToken)
    {
        var areaCodes = new List<string> { target.AreaCode };
        if (target.GoalCase == Target.GoalOneofCase.Relative)
        {
            areaCodes.Add(target.Relative.ReferenceAreaCode);
        }

        var known = await observations.KnownCodesAsync([target.IndicatorCode], areaCodes, cancellationToken);
        validator
            .Require(known.Indicators.Contains(target.IndicatorCode), "target.indicator_code", $"no indicator '{target.IndicatorCode}'")
            .Require(known.Areas.ContainsKey(target.AreaCode), "target.area_code", $"no area '{target.AreaCode}'")
            .Require(target.GoalCase != Target.GoalOneofCase.Relative || known.Areas.ContainsKey(target.Relative.ReferenceAreaCode),
                "target.relative.reference_area_code", $"no area '{target.Relative?.ReferenceAreaCode}'")
            .ThrowIfInvalid();
    }
}
