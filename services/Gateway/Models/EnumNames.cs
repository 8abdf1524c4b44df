using System.Text.Json;

namespace Nplv.Gateway.Models;

/// <summary>Contract enum values in the JSON API: <c>Direction.HigherIsBetter</c> is <c>higher_is_better</c>.</summary>
internal static class EnumNames
{
    public static string ToJsonName<TEnum>(this TEnum value) where TEnum : struct, Enum
        => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The JSON names a client may send, without the contract's <c>unspecified</c>.</summary>
    public static IEnumerable<string> JsonNames<TEnum>() where TEnum : struct, Enum
        => Enum.GetValues<TEnum>().Where(value => Convert.ToInt32(value, null) != 0).Select(value => value.ToJsonName());

    public static bool TryParseJsonName<TEnum>(string? name, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Convert.ToInt32(candidate, null) != 0 && string.Equals(candidate.ToJsonName(), name, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
