using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Exports.Tables;
using Nplv.Gateway.Http;
using Nplv.Gateway.Errors;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Models;
using Nplv.Gateway.Views;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Apis;

/// <summary>
/// An indicator's targets, one per area, with their progress. Setting one is the programme office's: a target is
/// what the coalition agreed to reach.
/// </summary>
public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this RouteGroupBuilder v1)
    {
        var targets = v1.MapGroup("/indicators/{code}/targets").WithTags("Targets");

        targets.MapGet("/", ListTargets).WithName(nameof(ListTargets)).ProducesReadProblems()
            .WithSummary("The indicator's targets per area, each with its goal value, trend and status");
        targets.MapPut("/{areaCode}", SetTarget).WithName(nameof(SetTarget)).ProducesWriteProblems().EvictsViews()
            .WithMetadata(TargetInput.ContractNames)
            .WithSummary("Sets the indicator's target for an area (programme office): without If-Match it creates one, "
                + "with If-Match it changes the version named")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);

        return v1;
    }

    public static async Task<Results<Ok<IReadOnlyList<TargetOfAreaDto>>, TableDownload<TargetOfAreaDto>, ValidationProblem>> ListTargets(
        string code,
        [AsParameters] ExportQuery export,
        HttpContext context,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // An unknown indicator is a 404, not an empty list.
        await indicators.GetIndicatorAsync(new GetIndicatorRequest { Code = code }, cancellationToken: cancellationToken);
        var response = await indicators.ListTargetsAsync(new ListTargetsRequest { IndicatorCode = code }, cancellationToken: cancellationToken);
        IReadOnlyList<TargetOfAreaDto> targets = [.. response.Targets.Select(TargetOfAreaDto.From)];
        return table.IsDownload
            ? TableDownload.Of(TargetTable.Definition, TableRows.Of(targets), table, code)
            : TypedResults.Ok(targets);
    }

    public static async Task<Results<Ok<TargetOfAreaDto>, Created<TargetOfAreaDto>, ValidationProblem, ProblemHttpResult>> SetTarget(
        string code,
        string areaCode,
        TargetInput input,
        HttpContext context,
        IndicatorsService.IndicatorsServiceClient indicators,
        CancellationToken cancellationToken)
    {
        var edit = await context.Request.VersionToCreateOrEditAsync(() => CurrentVersionAsync(indicators, code, areaCode, cancellationToken));
        if (edit.Problem is not null)
        {
            return edit.Problem;
        }

        var version = edit.Version;

        var errors = new InputErrors();
        var request = input.ToRequest(code, areaCode, version, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await indicators.SetTargetAsync(request, cancellationToken: cancellationToken);
        // Read back with its progress, as the list gives it.
        var set = (await indicators.ListTargetsAsync(
            new ListTargetsRequest { IndicatorCode = code, AreaCode = areaCode }, cancellationToken: cancellationToken)).Targets.Single();
        var dto = TargetOfAreaDto.From(set);
        return version == 0
            ? context.CreatedWithETag($"/api/v1/indicators/{code}/targets/{areaCode}", dto, set.Target.Version)
            : context.OkWithETag(dto, set.Target.Version);
    }

    private static async Task<long> CurrentVersionAsync(
        IndicatorsService.IndicatorsServiceClient indicators, string code, string areaCode, CancellationToken cancellationToken)
    {
        var found = await indicators.ListTargetsAsync(
            new ListTargetsRequest { IndicatorCode = code, AreaCode = areaCode }, cancellationToken: cancellationToken);
        return found.Targets.SingleOrDefault()?.Target.Version
               ?? throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.NotFound, $"indicator '{code}' has no target for area '{areaCode}'"));
    }
}
