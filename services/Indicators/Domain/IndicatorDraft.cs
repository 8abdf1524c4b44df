using System.Text.RegularExpressions;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Domain;

/// <summary>An indicator as a client wants it created or changed; checked before anything is stored.</summary>
public sealed partial record IndicatorDraft(
    string Code,
    string Name,
    string Definition,
    string Unit,
    Direction? Direction,
    string Theme,
    string SourceDataset,
    string SourceColumn,
    Aggregation? Aggregation)
{
    public const int MaxCodeLength = 64;
    public static readonly IReadOnlySet<string> Themes =
        new HashSet<string>(["onderwijs", "armoede", "werk", "gezondheid", "wonen", "veiligheid", "participatie"]);

    /// <summary>Adds the draft's field errors, with <paramref name="prefix"/> before each field (e.g. <c>indicator.</c>).</summary>
    public void Validate(Validator validator, string prefix)
    {
        validator
            .RequireText(Code, prefix + "code", MaxCodeLength)
            .Require(string.IsNullOrEmpty(Code) || CodePattern().IsMatch(Code), prefix + "code",
                "must be lower-case letters and digits in words joined by dashes, e.g. huishoudens-laag-inkomen")
            .RequireText(Name, prefix + "name", 200)
            .OptionalText(Definition, prefix + "definition", 4000)
            .RequireText(Unit, prefix + "unit", 50)
            .Require(Direction is not null, prefix + "direction", "is required")
            .Require(Themes.Contains(Theme), prefix + "theme", "must be one of " + string.Join(", ", Themes.Order()))
            .RequireText(SourceDataset, prefix + "source.dataset", 500)
            .OptionalText(SourceColumn, prefix + "source.column", 200)
            .Require(Aggregation is not null, prefix + "aggregation", "is required");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
