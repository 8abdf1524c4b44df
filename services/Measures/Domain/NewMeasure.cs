using System.Text.RegularExpressions;
using Nplv.Shared.Domain;

namespace Nplv.Measures.Domain;

/// <summary>A measure to create. <see cref="RequestId"/> makes a retried create return the first result.</summary>
public sealed partial record NewMeasure(
    Guid? RequestId,
    string Title,
    string Description,
    Theme? Theme,
    IReadOnlyList<string> AreaCodes,
    Guid LeadPartnerId,
    MeasureStatus Status)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxAreas = 200;

    public void Validate(Validator validator)
    {
        validator
            .RequireText(Title, "title", MaxTitleLength)
            .OptionalText(Description, "description", MaxDescriptionLength)
            .Require(Theme is not null, "theme", "is required")
            .Require(AreaCodes.Count <= MaxAreas, "area_codes", $"must hold at most {MaxAreas} codes");

        for (var i = 0; i < AreaCodes.Count && i < MaxAreas; i++)
        {
            validator.Require(
                CbsAreaCode().IsMatch(AreaCodes[i]),
                $"area_codes[{i}]",
                "must be a CBS wijk or buurt code such as WK001410 or BU00141000");
        }
    }

    [GeneratedRegex("^(WK[0-9]{6}|BU[0-9]{8})$")]
    private static partial Regex CbsAreaCode();
}
