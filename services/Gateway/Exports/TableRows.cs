using System.Runtime.CompilerServices;
using Grpc.Core;

namespace Nplv.Gateway.Exports;

/// <summary>Every row of a paged contract list, read page by page as the download is written.</summary>
public static class TableRows
{
    /// <summary>The largest page every list contract serves.</summary>
    public const int PageSize = Views.Paging.PageSize;

    /// <summary>
    /// Reads the first page now, so that a refused query or an unavailable service is answered as a problem before
    /// the download starts; the following pages are read while it is written.
    /// </summary>
    public static async Task<IAsyncEnumerable<T>> AllPagesAsync<T>(Func<string, Task<(IEnumerable<T> Items, string NextPageToken)>> readPage)
    {
        var first = await readPage("");
        return Rest(first, readPage);

        static async IAsyncEnumerable<T> Rest((IEnumerable<T> Items, string NextPageToken) page, Func<string, Task<(IEnumerable<T> Items, string NextPageToken)>> readPage)
        {
            while (true)
            {
                foreach (var item in page.Items)
                {
                    yield return item;
                }

                if (page.NextPageToken.Length == 0)
                {
                    yield break;
                }

                page = await readPage(page.NextPageToken);
            }
        }
    }

    /// <summary>Rows already read in one call, such as a series or a period's overview.</summary>
    public static async IAsyncEnumerable<T> Of<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }

    /// <summary>
    /// The rows of a server stream. Its first message is read now, so that a refused request or an unavailable
    /// service is answered as a problem before the download starts; the rest is read while it is written, and the
    /// call ends with the response.
    /// </summary>
    public static async Task<IAsyncEnumerable<T>> StreamAsync<TMessage, T>(
        HttpContext context, AsyncServerStreamingCall<TMessage> call, Func<TMessage, IEnumerable<T>> rowsOf)
    {
        context.Response.RegisterForDispose(call);
        var cancellationToken = context.RequestAborted;
        var any = await call.ResponseStream.MoveNext(cancellationToken);
        return Rest(any, call.ResponseStream, rowsOf, cancellationToken);

        static async IAsyncEnumerable<T> Rest(bool any, IAsyncStreamReader<TMessage> messages, Func<TMessage, IEnumerable<T>> rowsOf, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var more = any; more; more = await messages.MoveNext(cancellationToken))
            {
                foreach (var row in rowsOf(messages.Current))
                {
                    yield return row;
                }
            }
        }
    }
}
