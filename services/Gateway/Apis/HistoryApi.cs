using Grpc.Net.ClientFactory;
using Microsoft.AspNetCore.Http.HttpResults;
using Nplv.Contracts;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Models;
using Nplv.History.V1;

namespace Nplv.Gateway.Apis;

/// <summary>
/// The history of every record, at <c>{record}/history</c>: each service keeps its own records' history and answers
/// with the same contract, so the route only picks the service and names the record as it does.
/// </summary>
public static class HistoryApi
{
    public static RouteGroupBuilder MapHistoryApi(this RouteGroupBuilder v1)
    {
        Map(v1, "/partners/{id}/history", "Partners", "GetPartnerHistory", "The partner's changes, newest first",
            HistoryClients.Partners, "partner", route => Uuid(route, "id"));
        Map(v1, "/measures/{id}/history", "Measures", "GetMeasureHistory", "The measure's changes and its reports', newest first",
            HistoryClients.Measures, "measure", route => Uuid(route, "id"));
        Map(v1, "/measures/{id}/reports/{period}/history", "Reports", "GetReportHistory", "The report's changes, newest first",
            HistoryClients.Measures, "report",
            route => Guid.TryParseExact(route["id"] as string, "D", out var id) ? RecordIds.Report(id, Text(route, "period")) : null);
        Map(v1, "/indicators/{code}/history", "Indicators", "GetIndicatorHistory", "The indicator's changes and its targets', newest first",
            HistoryClients.Indicators, "indicator", route => Text(route, "code"));
        Map(v1, "/indicators/{code}/targets/{areaCode}/history", "Targets", "GetTargetHistory", "The target's changes, newest first",
            HistoryClients.Indicators, "target", route => RecordIds.Target(Text(route, "code"), Text(route, "areaCode")));
        // The imports' records are the programme office's, their history too.
        Map(v1, "/imports/{id}/history", "Imports", "GetImportHistory", "The import's start and outcome",
            HistoryClients.Imports, "import", route => Uuid(route, "id"), GatewayPolicies.ProgrammeOffice);
        return v1;
    }

    private static void Map(
        RouteGroupBuilder v1, string pattern, string tag, string name, string summary, string client, string kind,
        Func<RouteValueDictionary, string?> recordId, string policy = GatewayPolicies.Editor)
    {
        v1.MapGet(pattern, async Task<Results<Ok<Page<ChangeDto>>, ValidationProblem>> (
                [AsParameters] PageQuery page, HttpContext context, GrpcClientFactory clients, CancellationToken cancellationToken) =>
            {
                var id = recordId(context.Request.RouteValues);
                if (id is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["id"] = ["must be a UUID such as 0190f3c2-7a4e-7b1d-9c3f-2a5b6c7d8e9f"],
                    });
                }

                var history = clients.CreateClient<HistoryService.HistoryServiceClient>(client);
                var response = await history.ListChangesAsync(
                    new ListChangesRequest { Kind = kind, Id = id, PageSize = page.PageSize ?? 0, PageToken = page.PageToken ?? "" },
                    cancellationToken: cancellationToken);
                return TypedResults.Ok(Page.Of(response.Changes, ChangeDto.From, response.NextPageToken));
            })
            .WithName(name).WithTags(tag).WithSummary(summary + " (signed in); pageSize up to 200")
            .ProducesReadProblems()
            .RequireAuthorization(policy);
    }

    // The services name records by their UUIDs in one form; any other spelling of an id would find no history.
    private static string? Uuid(RouteValueDictionary route, string name)
        => Guid.TryParseExact(route[name] as string, "D", out var id) ? id.ToString() : null;

    // Codes as the services keep them: without the spaces around them.
    private static string Text(RouteValueDictionary route, string name) => (route[name] as string ?? "").Trim();
}
