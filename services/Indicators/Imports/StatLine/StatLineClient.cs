using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Nplv.Indicators.Imports.StatLine;

/// <summary>
/// The HTTP side of StatLine: a table's description, its metadata, its areas' titles and its pages. Every request
/// goes through the standard resilience handler (retries with backoff on failures and 5xx/429 answers, a timeout per
/// attempt); what still fails is a <see cref="StatLineException"/> naming the address.
/// </summary>
public sealed class StatLineClient(HttpClient http, IOptions<StatLineOptions> options)
{
    private const int MaxDescriptionBytes = 16 * 1024 * 1024;

    public StatLineOptions Options => options.Value;

    /// <summary>The address of one of the table's resources, with its query.</summary>
    public Uri Address(StatLineTable table, string path, string? filter = null)
    {
        var address = new Uri(Options.AddressOf(table.Catalog), $"{table.Table}/{path}");
        return filter is null ? address : new Uri(address + "?$filter=" + Uri.EscapeDataString(filter));
    }

    /// <summary>The table's title and last modification (v3 TableInfos, v4 Properties).</summary>
    public async Task<(string Title, DateTimeOffset? Modified)> DescribeAsync(StatLineTable table, CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync(Address(table, table.InfoPath), cancellationToken);
        var info = document.RootElement;
        if (info.ValueKind == JsonValueKind.Object && info.TryGetProperty("value", out var items))
        {
            info = items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0
                ? items[0]
                : throw new StatLineException($"StatLine describes no table '{table.Table}' at {Address(table, table.InfoPath)}");
        }

        var title = Text(info, "Title") ?? table.Table;
        var modified = Text(info, "Modified") is { } text
                       && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : (DateTimeOffset?)null;
        return (title, modified);
    }

    /// <summary>The table's DataProperties (v3) or MeasureCodes (v4) as StatLine sends them.</summary>
    public Task<byte[]> MetadataAsync(StatLineTable table, CancellationToken cancellationToken)
        => GetBytesAsync(Address(table, table.MetadataPath), cancellationToken);

    /// <summary>The titles of the region's areas by code (v3 Key/Title, v4 Identifier/Title), codes trimmed.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AreaTitlesAsync(StatLineTable table, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        Uri? next = Address(table, table.AreasPath, table.AreaFilter);
        for (var page = 0; next is not null && page < Options.MaxPages; page++)
        {
            using var document = await GetJsonAsync(next, cancellationToken);
            if (!document.RootElement.TryGetProperty("value", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new StatLineException($"StatLine's list of areas at {next} has no 'value' array");
            }

            foreach (var item in items.EnumerateArray())
            {
                if ((Text(item, "Key") ?? Text(item, "Identifier")) is { Length: > 0 } code && Text(item, "Title") is { Length: > 0 } title)
                {
                    titles[code] = title;
                }
            }

            next = NextLink(document.RootElement, table);
        }

        return titles;
    }

    /// <summary>A page of the table's rows, as a stream of the response body; the caller disposes it.</summary>
    public async Task<Stream> PageAsync(Uri address, CancellationToken cancellationToken)
    {
        var response = await SendAsync(address, cancellationToken);
        try
        {
            return await response.Content.ReadAsStreamAsync(cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A next-page link, which must lead to the same catalogue: the service follows only links to where it was sent.
    /// </summary>
    public Uri? NextLink(string? link, StatLineTable table)
    {
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }

        var catalog = Options.AddressOf(table.Catalog);
        return Uri.TryCreate(catalog, link, out var next)
               && next.Scheme == catalog.Scheme && next.Authority == catalog.Authority
               && next.AbsolutePath.StartsWith(catalog.AbsolutePath, StringComparison.Ordinal)
            ? next
            : throw new StatLineException($"StatLine's next page '{link}' lies outside {catalog}; it was not followed");
    }

    private Uri? NextLink(JsonElement page, StatLineTable table)
        => NextLink(Text(page, "odata.nextLink") ?? Text(page, "@odata.nextLink"), table);

    private async Task<JsonDocument> GetJsonAsync(Uri address, CancellationToken cancellationToken)
    {
        var bytes = await GetBytesAsync(address, cancellationToken);
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new StatLineException($"StatLine's answer at {address} is not JSON: {ex.Message}", inner: ex);
        }
    }

    private async Task<byte[]> GetBytesAsync(Uri address, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(address, cancellationToken);
        if (response.Content.Headers.ContentLength > MaxDescriptionBytes)
        {
            throw new StatLineException($"StatLine's answer at {address} is larger than {MaxDescriptionBytes / 1024 / 1024} MiB");
        }

        try
        {
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new StatLineException($"StatLine's answer at {address} broke off: {ex.Message}", inner: ex);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri address, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new StatLineException($"StatLine could not be reached at {address}: {ex.Message}", inner: ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        response.Dispose();
        throw response.StatusCode == HttpStatusCode.NotFound
            ? new StatLineException($"StatLine has no such table in this catalogue: {address} answered 404", noSuchTable: true)
            : new StatLineException($"StatLine answered {(int)response.StatusCode} {response.ReasonPhrase} at {address}, also when asked again");
    }

    private static string? Text(JsonElement item, string name)
        => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()?.Trim()
            : null;
}
