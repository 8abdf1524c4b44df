namespace Nplv.Shared.Data;

/// <summary>
/// Enums are stored as their lower-case names (<c>woningcorporatie</c>, <c>lopend</c>): readable in SQL and
/// checked by the table's CHECK constraint, and unaffected by reordering the enum.
/// </summary>
public static class EnumColumn
{
    public static string ToColumn<TEnum>(this TEnum value) where TEnum : struct, Enum
        => value.ToString().ToLowerInvariant();

    public static TEnum Parse<TEnum>(string column) where TEnum : struct, Enum
        => Enum.Parse<TEnum>(column, ignoreCase: true);
}
