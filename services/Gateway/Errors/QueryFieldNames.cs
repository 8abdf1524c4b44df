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
    /// <c>area[1]</c>, <c>settings.mapping_document.columns</c> becomes <c>mappingDocument.columns</c>; a field named
    /// to "" loses its wrapper, <c>target.baseline_year</c> becoming <c>baselineYear</c>.
    /// </summary>
    public string? Rename(string contractField)
    {
        for (var end = contractField.Length; end > 0; end = contractField.LastIndexOfAny(['.', '['], end - 1))
        {
            if (_names.TryGetValue(contractField[..end], out var name))
            {
                // An empty name drops a message's wrapper (indicator.unit is the body's unit).
                return name.Length > 0 ? name + contractField[end..]
                    : end == contractField.Length ? "$"
                    : GrpcExceptionHandler.JsonFieldName(contractField[(end + 1)..]);
            }
        }

        return null;
    }
}
