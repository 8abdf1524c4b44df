using Nplv.Measures.V1;

namespace Nplv.Gateway.Models;

public sealed record MeasureDto(
    string Id,
    string Title,
    string Description,
    string Theme,
    IReadOnlyList<string> AreaCodes,
    string LeadPartnerId,
    string Status,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static MeasureDto From(Measure measure) => new(
        measure.Id,
        measure.Title,
        measure.Description,
        measure.Theme.ToJsonName(),
        [.. measure.AreaCodes],
        measure.LeadPartnerId,
        measure.Status.ToJsonName(),
        measure.Version,
        measure.CreateTime.ToDateTimeOffset(),
        measure.UpdateTime.ToDateTimeOffset());
}
