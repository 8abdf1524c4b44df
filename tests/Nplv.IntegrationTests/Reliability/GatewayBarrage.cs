using System.Collections.Concurrent;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Sends malformed requests to the gateway a few at a time and records what each was answered. Valid tokens are
/// fetched as the requests name their slots, one subject per slot; imports go one at a time, since the gateway takes
/// only a couple at once and a busy answer (429) would hide what the form was refused for.
/// </summary>
internal sealed class GatewayBarrage(SuiteFixture suite, int parallelism)
{
    private readonly ConcurrentDictionary<(CredentialKind, int), Lazy<Task<string>>> _tokens = new();
    private long _sequence;

    public BarrageReport Report { get; } = new();

    /// <summary>The valid tokens fetched, each with a subject of its own.</summary>
    public int TokensUsed => _tokens.Count;

    public async Task SendAsync(IEnumerable<MalformedRequest> requests)
    {
        // Imports are set aside as they come, and sent one at a time once the rest have been answered.
        var imports = new List<(long, MalformedRequest)>();
        var others = Numbered(requests).Where(numbered =>
        {
            var isImport = numbered.Request.Method == HttpMethod.Post && numbered.Request.Path == MalformedImports.Path;
            if (isImport)
            {
                imports.Add(numbered);
            }

            return !isImport;
        });

        await Parallel.ForEachAsync(others, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (numbered, _) => await SendAsync(numbered.Sequence, numbered.Request));
        foreach (var (sequence, request) in imports)
        {
            await SendAsync(sequence, request);
        }
    }

    private IEnumerable<(long Sequence, MalformedRequest Request)> Numbered(IEnumerable<MalformedRequest> requests)
        => requests.Select(request => (Interlocked.Increment(ref _sequence), request));

    private async Task SendAsync(long sequence, MalformedRequest request)
    {
        string answer;
        string body;
        try
        {
            using var response = await suite.SendWaitingOutTheLimitAsync(() => MessageAsync(request));
            body = await response.Content.ReadAsStringAsync();
            answer = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
        {
            answer = "no answer";
            body = $"{ex.GetType().Name}: {ex.Message} {ex.InnerException?.Message}";
        }

        var expected = int.TryParse(answer, out var status) && request.Expected.Contains(status)
            // A refusal must not tell the client about the gateway's insides.
            && !body.Contains("   at ", StringComparison.Ordinal);
        Report.Record(sequence, request.Kind, answer, expected, () => $"{request.Describe()} => {BarrageReport.Snippet(body, 300)}");
    }

    private async Task<HttpRequestMessage> MessageAsync(MalformedRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.Path) { Content = request.Body?.ToContent() };
        if (await AuthorizationAsync(request.Credential) is { } authorization)
        {
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body?.Chunked == true)
        {
            message.Headers.TransferEncodingChunked = true;
        }

        return message;
    }

    private async Task<string?> AuthorizationAsync(Credential credential) => credential.Kind switch
    {
        CredentialKind.None => null,
        CredentialKind.Raw => credential.Raw,
        CredentialKind.Office or CredentialKind.Editor => "Bearer " + await TokenAsync(credential.Kind, credential.Slot),
        CredentialKind.Expired => "Bearer " + await TokenAsync(CredentialKind.Expired, 0),
        _ => "Bearer " + BadTokens.Resolve(credential.Kind, await TokenAsync(CredentialKind.Office, -1)),
    };

    private Task<string> TokenAsync(CredentialKind kind, int slot) => _tokens.GetOrAdd((kind, slot), _ => new Lazy<Task<string>>(() => kind switch
    {
        CredentialKind.Office => suite.OfficeTokenAsync(),
        CredentialKind.Editor => suite.EditorTokenAsync(GatewayClient.WerkPro),
        _ => suite.TokenAsync("programme-office", lifetimeSeconds: -600),
    })).Value;
}
