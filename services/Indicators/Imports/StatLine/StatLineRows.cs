using System.Runtime.CompilerServices;
using Nplv.Indicators.Imports.Formats;

namespace Nplv.Indicators.Imports.StatLine;

/// <summary>
/// The rows of a StatLine table as one stream of records: page after page, following each page's next link, read
/// as it arrives (one page is never held whole). The pages read and their bytes go into the run's progress; a page
/// that cannot be had, after the resilience handler's retries, ends the import as failed, with nothing written.
/// </summary>
public sealed class StatLineRows(StatLineClient client)
{
    public async IAsyncEnumerable<SourceRecord> ReadAsync(
        ImportRun run, StatLineTable table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = ObservationImporter.ReaderOptions(run);
        var next = new Uri(run.StatLine!.Query);
        var link = new ODataNextLink();
        long records = 0;
        for (var pages = 0; next is not null; pages++)
        {
            if (pages >= client.Options.MaxPages)
            {
                throw Failed($"StatLine gave more than {client.Options.MaxPages} pages of '{table.Table}'; the import stopped");
            }

            Stream page;
            try
            {
                page = new CountingStream(await client.PageAsync(next, cancellationToken), count => run.Counters.AddBytes(count));
            }
            catch (StatLineException ex)
            {
                throw Failed(ex.Message);
            }

            await using (page)
            {
                var rows = table.Catalog == StatLineCatalog.CbsV4
                    ? CbsODataV4Reader.ReadPageAsync(page, options, records, link, cancellationToken)
                    : CbsODataV3Reader.ReadPageAsync(page, options, records, link, cancellationToken);
                await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
                while (await MoveNextAsync(enumerator, next))
                {
                    records++;
                    yield return enumerator.Current;
                }
            }

            run.StatLine = run.StatLine with { Pages = pages + 1 };
            try
            {
                next = client.NextLink(link.Next, table);
            }
            catch (StatLineException ex)
            {
                throw Failed(ex.Message);
            }
        }
    }

    /// <summary>The next record; a body that breaks off mid-page is StatLine's failure, named with the page.</summary>
    private static async ValueTask<bool> MoveNextAsync(IAsyncEnumerator<SourceRecord> enumerator, Uri page)
    {
        try
        {
            return await enumerator.MoveNextAsync();
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw Failed($"StatLine's page {page} broke off: {ex.Message}");
        }
    }

    private static ImportFileException Failed(string message)
        => new("statline_unavailable", message + "; nothing was written. Try again later.", 0, "statline");
}
