using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;

namespace Nplv.Gateway.Http;

/// <summary>
/// A file sent as the request's body and passed on to a service's client-streaming call as it arrives, in chunks,
/// so the gateway never holds it whole.
/// </summary>
public static class StreamedUploads
{
    public const int ChunkBytes = 64 * 1024;

    /// <summary>
    /// Refuses a body announced as larger than <paramref name="maxFileBytes"/> before it is read (a client that waits
    /// for 100-continue then sends none of it), and one that grows far past it while it is read (413). One chunk of
    /// room is left, so a file just over the limit reaches the service, which names the limit.
    /// </summary>
    public static void LimitBody(HttpContext context, long maxFileBytes, string tooLarge)
    {
        if (context.Request.ContentLength > maxFileBytes + ChunkBytes)
        {
            throw new BadHttpRequestException(tooLarge, StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxFileBytes + ChunkBytes;
        }
    }

    /// <summary>Writes the body to the call, each chunk as the message <paramref name="chunk"/> makes of it, then completes it.</summary>
    public static async Task SendBodyAsync<TRequest>(
        HttpRequest request, IClientStreamWriter<TRequest> call, Func<ByteString, TRequest> chunk, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkBytes];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await call.WriteAsync(chunk(ByteString.CopyFrom(buffer, 0, read)), cancellationToken);
        }

        await call.CompleteAsync();
    }
}
