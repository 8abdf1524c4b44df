using System.Globalization;

namespace Nplv.Gateway.Models;

/// <summary>A mapping as clients name it: <c>name</c> for its newest version, or <c>name@version</c>.</summary>
public static class MappingNames
{
    /// <summary>The name and version (0: the newest); a malformed version is an error for <paramref name="field"/>.</summary>
    public static (string Name, int Version) Parse(string mapping, string field, InputErrors errors)
    {
        var at = mapping.LastIndexOf('@');
        if (at < 0)
        {
            return (mapping, 0);
        }

        var name = mapping[..at];
        if (name.Length == 0
            || !int.TryParse(mapping[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || version < 1)
        {
            errors.Add(field, "must be a mapping's name, or name@version with a version of 1 or more");
            return (mapping, 0);
        }

        return (name, version);
    }
}
