using Nplv.Indicators.V1;

namespace Nplv.Gateway.Models;

/// <summary>
/// An indicator as a client sends it, to define one or to replace one whole: its code (on creating; the address
/// names it on replacing), name, definition, unit, direction, theme, source and how buurt figures add up to a wijk.
/// </summary>
public sealed record IndicatorInput(
    string? Code,
    string? Name,
    string? Definition,
    string? Unit,
    string? Direction,
    string? Theme,
    IndicatorSourceDto? Source,
    string? Aggregation)
{
    /// <summary>Contract field errors (<c>indicator.unit</c>) name the body's fields (<c>unit</c>).</summary>
    public static Errors.QueryFieldNames ContractNames { get; } = new(("indicator", ""));

    public CreateIndicatorRequest ToCreateRequest(Guid requestId, InputErrors errors)
        => new() { RequestId = requestId.ToString(), Indicator = ToContract(Code ?? "", version: 0, errors) };

    public UpdateIndicatorRequest ToUpdateRequest(string code, long version, InputErrors errors)
    {
        if (Code is not null && Code.Trim() != code)
        {
            errors.Add("code", $"must be left out or be '{code}', the indicator the address names: a code cannot change");
        }

        return new UpdateIndicatorRequest { Indicator = ToContract(code, version, errors) };
    }

    private Indicator ToContract(string code, long version, InputErrors errors) => new()
    {
        Code = code,
        Name = Name ?? "",
        Definition = Definition ?? "",
        Unit = Unit ?? "",
        Direction = errors.Enum<Direction>("direction", Direction),
        Theme = Theme ?? "",
        Source = new IndicatorSource { Dataset = Source?.Dataset ?? "", Column = Source?.Column ?? "" },
        Aggregation = errors.Enum<Aggregation>("aggregation", Aggregation),
        Version = version,
    };
}
