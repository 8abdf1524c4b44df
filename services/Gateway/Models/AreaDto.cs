using Nplv.Indicators.V1;

namespace Nplv.Gateway.Models;

public sealed record ProgrammeMembershipDto(string Programme, string ProgrammeWijk, int FromYear, int? ToYear, string Source);

public sealed record AreaDto(
    string Code,
    string Name,
    string Level,
    string? ParentCode,
    int ValidFromYear,
    int? ValidToYear,
    long? Population,
    int? PopulationYear,
    string Source,
    IReadOnlyList<ProgrammeMembershipDto> Programmes)
{
    public static AreaDto From(Area area) => new(
        area.Code,
        area.Name,
        area.Level.ToJsonName(),
        area.ParentCode.NullIfEmpty(),
        area.ValidFromYear,
        area.HasValidToYear ? area.ValidToYear : null,
        area.HasPopulation ? area.Population : null,
        area.HasPopulationYear ? area.PopulationYear : null,
        area.Source,
        [.. area.Programmes.Select(p => new ProgrammeMembershipDto(
            p.Programme, p.ProgrammeWijk, p.FromYear, p.HasToYear ? p.ToYear : null, p.Source))]);
}
