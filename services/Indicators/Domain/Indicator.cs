namespace Nplv.Indicators.Domain;

/// <summary>What is measured, how, and where the figures come from.</summary>
public sealed record Indicator(
    string Code,
    string Name,
    string Definition,
    string Unit,
    Direction Direction,
    string Theme,
    string SourceDataset,
    string SourceColumn,
    Aggregation Aggregation,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How the values of a wijk's buurten make the wijk's value.</summary>
public enum Aggregation
{
    Sum,
    PopulationWeightedMean,
    None,
}
