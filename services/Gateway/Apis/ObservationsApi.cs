using System.ComponentModel;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.Errors;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Exports.Tables;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Apis;

public static class ObservationsApi
{
    /// <summary>
    /// An export runs as long as its rows take to write, far beyond the default deadline of calls between services;
    /// a client that goes away cancels it at once.
    /// </summary>
    private static readonly TimeSpan ExportDeadline = TimeSpan.FromMinutes(30);

    public static RouteGroupBuilder MapObservationsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/observations", ListObservations).WithName(nameof(ListObservations)).WithTags("Indicators").ProducesReadProblems()
            .WithSummary("Every observed figure that matches, with its source and status, by indicator, area and year: one streamed JSON array or table, without paging, however many")
            .WithMetadata(new QueryFieldNames(
                ("indicator_codes", "indicator"), ("area_codes", "area"), ("from_year", "from"), ("to_year", "to"), ("as_of", "asOf")));
        return v1;
    }

    public static async Task<Results<Ok<IAsyncEnumerable<ObservationDto>>, TableDownload<ObservationDto>, ValidationProblem>> ListObservations(
        [AsParameters] ExportQuery export,
        [FromQuery, Description("Indicator codes; repeat for several; none for every indicator")] string[]? indicator,
        [FromQuery, Description("CBS area codes; repeat for several; none for every area")] string[]? area,
        [FromQuery, Description("First year, inclusive")] int? from,
        [FromQuery, Description("Last year, inclusive")] int? to,
        [FromQuery, Description("The figures as they were known at this moment (ISO 8601), each as it stood then; none for those known now")] DateTimeOffset? asOf,
        HttpContext context,
        IndicatorsService.IndicatorsServiceClient indicators)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var request = new StreamObservationsRequest
        {
            FromYear = from ?? 0, ToYear = to ?? 0, AsOf = asOf is { } moment ? Timestamp.FromDateTimeOffset(moment) : null,
        };
        request.IndicatorCodes.AddRange(indicator ?? []);
        request.AreaCodes.AddRange(area ?? []);
        var call = indicators.StreamObservations(
            request, deadline: DateTime.UtcNow.Add(ExportDeadline), cancellationToken: context.RequestAborted);
        var rows = await TableRows.StreamAsync(context, call, batch => batch.Observations.Select(ObservationDto.From));
        return table.IsDownload
            ? TableDownload.Of(ObservationTable.Definition, rows, table)
            : TypedResults.Ok(rows);
    }
}
