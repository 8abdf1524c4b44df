using System.Buffers.Text;
using System.Text;

namespace Nplv.Shared.Domain;

/// <summary>
/// Keyset paging: the token is the last key of the previous page, opaque to clients.
/// </summary>
public static class PageToken
{
    public static string Encode(string lastKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastKey));

    public static string? Decode(string? token, Validator validator, string field = "page_token")
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var key = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (!key.Contains('\0', StringComparison.Ordinal))
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        validator.Add(field, "is not a token this service issued");
        return null;
    }

    public static Guid? DecodeId(string? token, Validator validator, string field = "page_token")
    {
        var key = Decode(token, validator, field);
        if (key is null)
        {
            return null;
        }

        if (Guid.TryParse(key, out var id))
        {
            return id;
        }

        validator.Add(field, "is not a token this service issued");
        return null;
    }

    public static int Size(int requested, int defaultSize, int maxSize, Validator validator, string field = "page_size")
    {
        validator.Require(requested >= 0 && requested <= maxSize, field, $"must be between 0 and {maxSize}");
        return requested == 0 ? defaultSize : Math.Clamp(requested, 1, maxSize);
    }
}
