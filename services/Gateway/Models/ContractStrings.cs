namespace Nplv.Gateway.Models;

internal static class ContractStrings
{
    /// <summary>Contract strings are never null; empty means absent, which JSON says with null.</summary>
    public static string? NullIfEmpty(this string value) => string.IsNullOrEmpty(value) ? null : value;
}
