using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Nplv.Gateway.Models;

namespace Nplv.Gateway.Http;

/// <summary>
/// <c>Idempotency-Key</c> on a POST becomes the service's request id: the same client sending the same key again
/// gets the entity its first request made, never a second one.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    private const int MaxLength = 255;

    public static Guid RequestIdFor(HttpContext context, string scope, InputErrors errors)
    {
        var values = context.Request.Headers[Header];
        if (values.Count == 0)
        {
            return Guid.CreateVersion7();
        }

        var key = values.Count == 1 ? values[0]!.Trim() : "";

        // The header is a structured-field string; bare keys are common and accepted too.
        if (key.Length >= 2 && key[0] == '"' && key[^1] == '"')
        {
            key = key[1..^1];
        }

        if (key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~'))
        {
            errors.Add(Header, $"must be one key of 1-{MaxLength} visible ASCII characters, such as a UUID");
            return Guid.Empty;
        }

        // Scoped to the caller and the collection, so two clients choosing the same key never share a request.
        var caller = context.User.FindFirstValue("sub") ?? context.User.FindFirstValue("client_id") ?? context.User.FindFirstValue("azp");
        if (caller is null)
        {
            errors.Add(Header, "needs a token that names its subject (sub), so the key is the caller's own");
            return Guid.Empty;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}\n{caller}\n{key}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: a custom, name-derived UUID
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
