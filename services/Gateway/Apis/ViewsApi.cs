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

    public static Task<Results<Ok<AreaDashboard>, ProblemHttpResult>> GetAreaDashboard(
        string code, HttpContext context, ViewCompositionGate gate, AreaDashboardBuilder builder, CancellationToken cancellationToken)
        => ComposeAsync(context, gate, token => builder.BuildAsync(code, token), dashboard => dashboard.Degraded, cancellationToken);

    public static Task<Results<Ok<MeasureOverview>, ProblemHttpResult>> GetMeasureOverview(
        string id, HttpContext context, ViewCompositionGate gate, MeasureOverviewBuilder builder, CancellationToken cancellationToken)
        => ComposeAsync(context, gate, token => builder.BuildAsync(id, token), overview => overview.Degraded, cancellationToken);

    public static Task<Results<Ok<ProgrammeOverview>, ProblemHttpResult>> GetProgramme(
        HttpContext context, ViewCompositionGate gate, ProgrammeOverviewBuilder builder, CancellationToken cancellationToken)
        => ComposeAsync(context, gate, builder.BuildAsync, programme => programme.Degraded, cancellationToken);

    /// <summary>The view composed in its turn (see <see cref="ViewCompositionGate"/>); kept by the cache only when whole.</summary>
    private static async Task<Results<Ok<T>, ProblemHttpResult>> ComposeAsync<T>(
        HttpContext context, ViewCompositionGate gate, Func<CancellationToken, Task<T>> build, Func<T, IReadOnlyList<string>> degraded,
        CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        if (turn is null)
        {
            context.Response.Headers.RetryAfter = BusyRetryAfterSeconds;
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The gateway is busy composing other views.",
                detail: $"Try again in {BusyRetryAfterSeconds} s.");
        }

        var view = await build(cancellationToken);
        if (degraded(view).Count > 0)
        {
            context.DoNotCache();
        }

        return TypedResults.Ok(view);
    }

    private const string BusyRetryAfterSeconds = "1";
}
