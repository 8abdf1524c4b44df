using Microsoft.Extensions.Options;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Views;

/// <summary>The measure first (without it there is nothing to show), then its partners, areas and series at once.</summary>
public sealed class MeasureOverviewBuilder(
    IndicatorsService.IndicatorsServiceClient indicators,
    MeasuresService.MeasuresServiceClient measures,
    PartnersService.PartnersServiceClient partners,
    IOptions<ViewOptions> options,
    ViewMetrics metrics,
    ILogger<MeasureOverviewBuilder> logger)
{
    public async Task<MeasureOverview> BuildAsync(string id, CancellationToken cancellationToken)
    {
        using var view = new ViewCall("measure", options.Value.Deadline, metrics, logger, cancellationToken);
        var measure = await measures.GetMeasureAsync(new GetMeasureRequest { Id = id }, view.EarlyOptions);

        var partnerIds = measure.Participants.Select(p => p.PartnerId).Prepend(measure.LeadPartnerId).Distinct().ToList();
        var partnersTask = view.TryAsync("partners", call => partners.BatchGetAllAsync(partnerIds, call));
        var areasTask = measure.AreaCodes.Count == 0
            ? Task.FromResult<BatchGetAreasResponse?>(new BatchGetAreasResponse())
            : view.TryAsync("areas", call =>
            {
                var request = new BatchGetAreasRequest();
                request.Codes.AddRange(measure.AreaCodes);
                return indicators.BatchGetAreasAsync(request, call).ResponseAsync;
            });
        var seriesTask = measure.Indicators.Count == 0 || measure.AreaCodes.Count == 0
            ? Task.FromResult<List<GetSeriesResponse>?>([])
            : view.TryAsync("indicators", call => indicators.BatchGetAllSeriesAsync(
                [.. measure.Indicators.Select(link => link.IndicatorCode)], measure.AreaCodes, call));
        await Task.WhenAll(partnersTask, areasTask, seriesTask);

        var partnersById = (await partnersTask)?.ToDictionary(p => p.Id) ?? [];
        var areasByCode = (await areasTask)?.Areas.ToDictionary(a => a.Code) ?? [];
        var seriesByCode = (await seriesTask)?.ToDictionary(r => r.Indicator.Code) ?? [];

        return new MeasureOverview(
            MeasureDto.From(measure),
            new PartnerRef(measure.LeadPartnerId, partnersById.GetValueOrDefault(measure.LeadPartnerId)?.Name),
            [.. measure.Participants.Select(p =>
            {
                var partner = partnersById.GetValueOrDefault(p.PartnerId);
                return new ParticipantView(p.PartnerId, partner?.Name, partner?.Type.ToJsonName(), partner?.Archived, p.Role.NullIfEmpty());
            })],
            [.. measure.AreaCodes.Select(code =>
            {
                var area = areasByCode.GetValueOrDefault(code);
                return new AreaRef(code, area?.Name, area?.Level.ToJsonName());
            })],
            [.. measure.Indicators.Select(link =>
            {
                var series = seriesByCode.GetValueOrDefault(link.IndicatorCode);
                return new MeasureIndicator(
                    link.IndicatorCode,
                    link.ExpectedDirection.ToJsonName(),
                    series is null ? null : IndicatorDto.From(series.Indicator),
                    series is null ? [] : [.. series.Series.Select(AreaSeriesDto.From)]);
            })],
            view.Complete());
    }
}
