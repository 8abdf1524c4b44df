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
            .CacheView()
            .WithSummary("An area at a glance: its indicators against target and city, the measures running there and their partners");
        v1.MapGet("/measures/{id}/overview", GetMeasureOverview).WithName(nameof(GetMeasureOverview)).WithTags("Measures")
            .ProducesReadProblems()
            .CacheView()
            .WithSummary("A measure with its partners and areas and the series of the indicators it aims to move");
        v1.MapGet("/programme", GetProgramme).WithName(nameof(GetProgramme)).WithTags("Programme")
            .ProducesReadProblems()
            .CacheView()
            .WithSummary("Per theme: measures by status, budget, and indicators on and off track");
        return v1;
    }

    public static async Task<Ok<AreaDashboard>> GetAreaDashboard(
        string code, HttpContext context, AreaDashboardBuilder builder, CancellationToken cancellationToken)
        => Answer(context, await builder.BuildAsync(code, cancellationToken), dashboard => dashboard.Degraded);

    public static async Task<Ok<MeasureOverview>> GetMeasureOverview(
        string id, HttpContext context, MeasureOverviewBuilder builder, CancellationToken cancellationToken)
        => Answer(context, await builder.BuildAsync(id, cancellationToken), overview => overview.Degraded);

    public static async Task<Ok<ProgrammeOverview>> GetProgramme(
        HttpContext context, ProgrammeOverviewBuilder builder, CancellationToken cancellationToken)
        => Answer(context, await builder.BuildAsync(cancellationToken), programme => programme.Degraded);

    private static Ok<T> Answer<T>(HttpContext context, T view, Func<T, IReadOnlyList<string>> degraded)
    {
        if (degraded(view).Count > 0)
        {
            context.DoNotCache();
        }

        return TypedResults.Ok(view);
    }
}
