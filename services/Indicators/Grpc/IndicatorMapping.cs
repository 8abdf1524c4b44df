using Nplv.Shared.Grpc;
using Nplv.Indicators.Domain;
using Proto = Nplv.Indicators.V1;

namespace Nplv.Indicators.Grpc;

internal static class IndicatorMapping
{
    public static Proto.Indicator ToProto(this Indicator indicator) => new()
    {
        Code = indicator.Code,
        Name = indicator.Name,
        Definition = indicator.Definition,
        Unit = indicator.Unit,
        Direction = indicator.Direction switch
        {
            Direction.HigherIsBetter => Proto.Direction.HigherIsBetter,
            _ => Proto.Direction.LowerIsBetter,
        },
        Theme = indicator.Theme,
        Source = new Proto.IndicatorSource { Dataset = indicator.SourceDataset, Column = indicator.SourceColumn },
        Aggregation = indicator.Aggregation switch
        {
            Aggregation.Sum => Proto.Aggregation.Sum,
            Aggregation.PopulationWeightedMean => Proto.Aggregation.PopulationWeightedMean,
            _ => Proto.Aggregation.None,
        },
        Version = indicator.Version,
        CreateTime = indicator.CreatedAt.ToUtcTimestamp(),
        UpdateTime = indicator.UpdatedAt.ToUtcTimestamp(),
    };

    /// <summary>The draft in the message; unknown enum numbers become null, which validation rejects.</summary>
    public static IndicatorDraft ToDraft(this Proto.Indicator indicator) => new(
        indicator.Code.Trim(),
        indicator.Name,
        indicator.Definition,
        indicator.Unit,
        indicator.Direction switch
        {
            Proto.Direction.HigherIsBetter => Direction.HigherIsBetter,
            Proto.Direction.LowerIsBetter => Direction.LowerIsBetter,
            _ => null,
        },
        indicator.Theme.Trim(),
        indicator.Source?.Dataset ?? "",
        indicator.Source?.Column ?? "",
        indicator.Aggregation switch
        {
            Proto.Aggregation.Sum => Aggregation.Sum,
            Proto.Aggregation.PopulationWeightedMean => Aggregation.PopulationWeightedMean,
            Proto.Aggregation.None => Aggregation.None,
            _ => null,
        });

    public static Proto.ObservationStatus ToProto(this ObservationStatus status) => status switch
    {
        ObservationStatus.Definitief => Proto.ObservationStatus.Definitief,
        _ => Proto.ObservationStatus.Voorlopig,
    };

    public static ObservationStatus? ToDomain(this Proto.ObservationStatus status) => status switch
    {
        Proto.ObservationStatus.Definitief => ObservationStatus.Definitief,
        Proto.ObservationStatus.Voorlopig => ObservationStatus.Voorlopig,
        _ => null,
    };
}
