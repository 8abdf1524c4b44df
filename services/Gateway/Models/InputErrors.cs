namespace Nplv.Gateway.Models;

/// <summary>
/// Field errors found at the gateway before any service is called (values the contract cannot carry, such as an
/// unknown enum name), keyed by the JSON field path the client sent.
/// </summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>The enum value named in JSON; an absent optional value is <c>Unspecified</c>.</summary>
    public TEnum Enum<TEnum>(string field, string? name, bool required = true) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrEmpty(name) && !required)
        {
            return default;
        }

        if (EnumNames.TryParseJsonName<TEnum>(name, out var value))
        {
            return value;
        }

        Add(field, $"must be one of {string.Join(", ", EnumNames.JsonNames<TEnum>())}");
        return default;
    }

    /// <summary>A list's entries with their positions; a null entry (<c>[null]</c> in JSON) is a field error, not a crash.</summary>
    public List<(T Item, int Index)> Entries<T>(IReadOnlyList<T>? items, string field) where T : class
    {
        var entries = new List<(T Item, int Index)>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is null)
            {
                Add($"{field}[{i}]", "must not be null");
            }
            else
            {
                entries.Add((items[i], i));
            }
        }

        return entries;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
