using System.Text;

namespace Nplv.Shared.Data;

/// <summary>
/// Enums are stored as their snake_case names (<c>woningcorporatie</c>, <c>population_weighted_mean</c>): readable in
/// SQL, checked by the table's CHECK constraint, and unaffected by reordering the enum.
/// </summary>
public static class EnumColumn
{
    public static string ToColumn<TEnum>(this TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var column = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                column.Append('_');
            }

            column.Append(char.ToLowerInvariant(name[i]));
        }

        return column.ToString();
    }

    public static TEnum Parse<TEnum>(string column) where TEnum : struct, Enum
        => Enum.Parse<TEnum>(column.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    /// <summary>The value named by <paramref name="column"/>, or null when no value has that name.</summary>
    public static TEnum? TryParse<TEnum>(string column) where TEnum : struct, Enum
        => Enum.TryParse<TEnum>(column.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value)
           && Enum.IsDefined(value) && !int.TryParse(column, out _)
            ? value
            : null;
}
