namespace Nplv.Gateway.Models;

internal static class EnumNames
{
    /// <summary>The JSON name of a contract enum value: <c>PartnerType.Woningcorporatie</c> becomes <c>woningcorporatie</c>.</summary>
    public static string ToJsonName<TEnum>(this TEnum value) where TEnum : struct, Enum
        => value.ToString().ToLowerInvariant();
}
