using Microsoft.AspNetCore.Http.HttpResults;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Views;

namespace Nplv.Gateway.Apis;

/// <summary>Views composed from several services; each answers with what it could load and names the rest in <c>degraded</c>.</summary>
public static class ViewsApi
{
    public static RouteGroupBuilder MapViewsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/areas/{code}/dashboard", GetAreaDashboard).WithName(nameof(GetAreaDashboard)).WithTags("Areas")
            .ProducesReadProblems()
            .WithSummary("An area at a glance: its indicators against target and city, the measures running there and their partners");
        v1.MapGet("/measures/{id}/overview", GetMeasureOverview).WithName(nameof(GetMeasureOverview)).WithTags("Measures")
            .ProducesReadProblems()
            .WithSummary("A measure with its partners and areas and the series of the indicators it aims to move");
        v1.MapGet("/programme", GetProgramme).WithName(nameof(GetProgramme)).WithTags("Programme")
            .ProducesReadProblems()
            .WithSummary("Per theme: measures by status, budget, and indicators on and off track");
        return v1;
    }

    public static async Task<Ok<AreaDashboard>> GetAreaDashboard(string code, AreaDashboardBuilder builder, CancellationToken cancellationToken)
        => TypedResults.Ok(await builder.BuildAsync(code, cancellationToken));

    public static async Task<Ok<MeasureOverview>> GetMeasureOverview(string id, MeasureOverviewBuilder builder, CancellationToken cancellationToken)
        => TypedResults.Ok(await builder.BuildAsync(id, cancellationToken));

    public static async Task<Ok<ProgrammeOverview>> GetProgramme(ProgrammeOverviewBuilder builder, CancellationToken cancellationToken)
        => TypedResults.Ok(await builder.BuildAsync(cancellationToken));
}
