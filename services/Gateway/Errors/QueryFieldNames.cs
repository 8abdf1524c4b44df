namespace Nplv.Gateway.Errors;

/// <summary>
/// Route metadata naming the query parameter or form field that carries a contract field whose name differs
/// (<c>area_codes</c> arrives as <c>area</c>, <c>settings.mapping_name</c> as <c>mapping</c>), so a field error
/// points at what the client sent.
/// </summary>
public sealed class QueryFieldNames(params (string ContractField, string QueryParameter)[] names)
{
    private readonly Dictionary<string, string> _names = names.ToDictionary(n => n.ContractField, n => n.QueryParameter);

    /// <summary>
    /// The client's name for a contract field path, the rest of the path kept: <c>area_codes[1]</c> becomes
    /// <c>area[1]</c>, <c>settings.mapping_document.columns</c> becomes <c>mappingDocument.columns</c>.
    /// </summary>
    public string? Rename(string contractField)
    {
        for (var end = contractField.Length; end > 0; end = contractField.LastIndexOfAny(['.', '['], end - 1))
        {
            if (_names.TryGetValue(contractField[..end], out var name))
            {
                return name + contractField[end..];
            }
        }

        return null;
    }
}
