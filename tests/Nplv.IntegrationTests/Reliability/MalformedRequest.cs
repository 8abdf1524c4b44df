using System.Text;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>One request to the gateway that it must refuse, and the statuses that refusal may have.</summary>
internal sealed record MalformedRequest(
    string Kind,
    HttpMethod Method,
    string Path,
    Credential Credential,
    RequestBody? Body,
    IReadOnlySet<int> Expected,
    IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public string Describe() => $"{Method} {BarrageReport.Snippet(Path, 200)}"
        + string.Concat(Headers.Select(h => $" [{h.Key}: {BarrageReport.Snippet(h.Value, 60)}]"))
        + (Credential.Kind == CredentialKind.None ? "" : $" [auth: {Credential.Kind}]")
        + (Body is null ? "" : $" {Body.ContentType ?? "(no content type)"}{(Body.Chunked ? " chunked" : "")} {BarrageReport.Snippet(Body.Text)}");
}

/// <summary>A body as bytes, so it can say exactly what was sent, broken UTF-8 and multipart boundaries included.</summary>
internal sealed record RequestBody(byte[] Bytes, string? ContentType, bool Chunked = false)
{
    public const string Json = "application/json";

    public string Text => Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 400));

    public static RequestBody OfJson(string json) => new(Encoding.UTF8.GetBytes(json), Json);

    public HttpContent ToContent()
    {
        HttpContent content = Chunked ? new StreamContent(new UnseekableStream(Bytes)) : new ByteArrayContent(Bytes);
        if (ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        return content;
    }

    /// <summary>A body of unknown length, so it goes chunked and the gateway learns its size only by reading it.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}

internal enum CredentialKind
{
    None,
    Office,
    Editor,

    /// <summary>An Authorization header given whole: garbage, another scheme, a forged or unsigned token.</summary>
    Raw,
    Expired,

    /// <summary>A real token with its claims changed after signing.</summary>
    Tampered,

    /// <summary>A real token with the end of its signature cut off.</summary>
    Truncated,
}

/// <summary>
/// How a request is authorised. Valid tokens name their <see cref="Slot"/>: the writes of one slot share one token
/// subject, and so one budget of the gateway's write rate limit.
/// </summary>
internal sealed record Credential(CredentialKind Kind, int Slot = 0, string? Raw = null)
{
    public static readonly Credential None = new(CredentialKind.None);
}

internal static class Expect
{
    /// <summary>Any refusal of the request itself; not 429, which would only say the test sent too fast.</summary>
    public static readonly IReadOnlySet<int> ClientError = Enumerable.Range(400, 100).Where(s => s != 429).ToHashSet();

    public static IReadOnlySet<int> Status(params int[] statuses) => statuses.ToHashSet();
}
