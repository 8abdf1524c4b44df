using Microsoft.Extensions.Options;
using Nplv.Gateway.Models;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Views;

/// <summary>
/// Composes an area's dashboard: its figures from the indicators service (see <see cref="AreaFiguresLoader"/>), then
/// the measures running there and the partners of those measures.
/// </summary>
public sealed class AreaDashboardBuilder(
    AreaFiguresLoader figuresLoader,
    MeasuresService.MeasuresServiceClient measures,
    PartnersService.PartnersServiceClient partners,
    IOptions<ViewOptions> options,
    ViewMetrics metrics,
    ILogger<AreaDashboardBuilder> logger)
{
    public async Task<AreaDashboard> BuildAsync(string code, CancellationToken cancellationToken)
    {
        using var view = new ViewCall("area", options.Value.Deadline, metrics, logger, cancellationToken);
        var figures = await figuresLoader.LoadAsync(view, code);
        var (measureSummaries, partnerActivity) = await MeasuresAndPartnersAsync(view, code, figures);

        return new AreaDashboard(
            code,
            figures.Area,
            options.Value.CityAreaCode,
            figures.Indicators,
            measureSummaries,
            partnerActivity,
            view.Complete());
    }

    private async Task<(IReadOnlyList<MeasureSummary>, IReadOnlyList<PartnerActivity>)> MeasuresAndPartnersAsync(
        ViewCall view, string code, AreaFigures figures)
    {
        // Measures run in the area when they name it, the wijk it lies in, or one of its buurten.
        var areaCodes = new List<string> { code };
        if (figures.Area?.ParentCode is { } parentCode)
        {
            areaCodes.Add(parentCode);
        }

        areaCodes.AddRange(figures.ChildCodes);

        var running = await view.TryAsync("measures", call => Paging.ReadAllAsync(
            token =>
            {
                var request = new ListMeasuresRequest { PageSize = Paging.PageSize, PageToken = token };
                request.AreaCodes.AddRange(areaCodes);
                return measures.ListMeasuresAsync(request, call).ResponseAsync;
            },
            page => page.Measures,
            page => page.NextPageToken));
        if (running is null)
        {
            // Without the measures there is no knowing which partners are active.
            view.MarkDegraded("partners");
            return ([], []);
        }

        if (running.Count == 0)
        {
            return ([], []);
        }

        var partnerIds = running.SelectMany(m => m.Participants.Select(p => p.PartnerId).Prepend(m.LeadPartnerId)).Distinct().ToList();
        var found = await view.TryAsync("partners", call => partners.BatchGetAllAsync(partnerIds, call));
        var byId = found?.ToDictionary(p => p.Id) ?? [];

        var summaries = running.Select(m => new MeasureSummary(
            m.Id,
            m.Title,
            m.Theme.ToJsonName(),
            m.Status.ToJsonName(),
            [.. m.AreaCodes],
            new PartnerRef(m.LeadPartnerId, byId.GetValueOrDefault(m.LeadPartnerId)?.Name),
            m.Funding.Sum(f => f.AmountCents))).ToList();
        var activity = byId.Values
            .Select(p => new PartnerActivity(
                p.Id,
                p.Name,
                p.Type.ToJsonName(),
                p.Archived,
                running.Count(m => m.LeadPartnerId == p.Id),
                running.Count(m => m.Participants.Any(x => x.PartnerId == p.Id))))
            .OrderByDescending(a => a.Leads + a.TakesPartIn)
            .ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
        return (summaries, activity);
    }
}
