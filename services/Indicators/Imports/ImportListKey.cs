using Nplv.Shared.Domain;

namespace Nplv.Indicators.Imports;

/// <summary>
/// Where a page of imports ends: imports are listed newest first, and two may start in the same microsecond, so the
/// key is the start time with the id.
/// </summary>
public sealed record ImportListKey(DateTime StartedAtUtc, Guid Id)
{
    public static ImportListKey Of(ImportRecord import) => new(import.StartedAt.UtcDateTime, import.Id);

    /// <summary>The key as the page token holds it.</summary>
    public string Text => $"{StartedAtUtc.Ticks}:{Id}";

    public static ImportListKey? Decode(string? token, Validator validator)
    {
        var key = PageToken.Decode(token, validator);
        if (key is null)
        {
            return null;
        }

        var parts = key.Split(':');
        if (parts.Length == 2 && long.TryParse(parts[0], out var ticks) && ticks >= 0 && ticks <= DateTime.MaxValue.Ticks
            && Guid.TryParse(parts[1], out var id))
        {
            return new ImportListKey(new DateTime(ticks, DateTimeKind.Utc), id);
        }

        validator.Add("page_token", "is not a token this service issued");
        return null;
    }
}
