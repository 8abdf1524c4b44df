namespace Nplv.Gateway.Errors;

/// <summary>
/// Route metadata naming the query parameter that carries a contract field whose name differs
/// (<c>area_codes</c> arrives as <c>area</c>), so a field error points at what the client sent.
/// </summary>
public sealed class QueryFieldNames(params (string ContractField, string QueryParameter)[] names)
{
    private readonly Dictionary<string, string> _names = names.ToDictionary(n => n.ContractField, n => n.QueryParameter);

    /// <summary>The client's name for a contract field path; <c>area_codes[1]</c> becomes <c>area[1]</c>.</summary>
    public string? Rename(string contractField)
    {
        var bracket = contractField.IndexOf('[', StringComparison.Ordinal);
        var head = bracket < 0 ? contractField : contractField[..bracket];
        return _names.TryGetValue(head, out var name) ? name + contractField[head.Length..] : null;
    }
}
