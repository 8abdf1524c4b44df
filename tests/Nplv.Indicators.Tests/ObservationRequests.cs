using Nplv.Indicators.V1;

namespace Nplv.Indicators.Tests;

/// <summary>Indicators, observations and calls the observation tests share.</summary>
internal static class ObservationRequests
{
    public const string Source = "test: CBS-afgeleid";

    // Noordwest (WK001410) and its six buurten with their 2016 inhabitants.
    public static readonly (string Code, int Inhabitants)[] NoordwestBuurten =
    [
        ("BU00141000", 6525), ("BU00141001", 4415), ("BU00141002", 5400),
        ("BU00141003", 5), ("BU00141004", 5), ("BU00141005", 1575),
    ];

    /// <summary>A new indicator with a code of its own, so a test sees only the figures it recorded.</summary>
    public static async Task<Indicator> NewIndicator(this IndicatorsService.IndicatorsServiceClient client, Aggregation aggregation)
    {
        var indicator = IndicatorsGrpcTests.LowIncome("obs-" + Guid.NewGuid().ToString("N")[..8]);
        indicator.Aggregation = aggregation;
        return await client.CreateIndicatorAsync(new CreateIndicatorRequest { Indicator = indicator });
    }

    public static Observation Obs(Indicator indicator, string area, int year, double? value, ObservationStatus status = ObservationStatus.Definitief)
    {
        var observation = new Observation { IndicatorCode = indicator.Code, AreaCode = area, Year = year, Status = status, Source = Source };
        if (value is { } v)
        {
            observation.Value = v;
        }

        return observation;
    }

    public static async Task<int> Record(this IndicatorsService.IndicatorsServiceClient client, params Observation[] observations)
        => (await client.RecordObservationsAsync(new RecordObservationsRequest { Observations = { observations } })).Written;
}
