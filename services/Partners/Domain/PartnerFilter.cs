using Nplv.Shared.Domain;

namespace Nplv.Partners.Domain;

/// <summary>Which partners a list holds: of one type or all, matching a text or not, archived ones or not.</summary>
public sealed record PartnerFilter(PartnerType? Type, string Query, bool IncludeArchived)
{
    public const int MaxQueryLength = 200;

    public void Validate(Validator validator) => validator.OptionalText(Query, "query", MaxQueryLength);

    /// <summary>
    /// An ILIKE pattern for names and roles containing the query, or null for no query. The query is text, not a
    /// pattern: its <c>%</c>, <c>_</c> and <c>\</c> match themselves.
    /// </summary>
    public string? LikePattern()
    {
        var text = Query.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var escaped = text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
