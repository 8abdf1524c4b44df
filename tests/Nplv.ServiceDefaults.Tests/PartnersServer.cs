using System.Globalization;
using System.Net;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Nplv.ServiceDefaults.Tests;

/// <summary>
/// A partners service on a real Kestrel server (HTTP/2 only, h2c, a free loopback port) that answers as the test
/// says. Calls are numbered from 1, and each tells its number in a response header and trailer named <c>call</c>.
/// </summary>
public sealed class PartnersServer : IAsyncDisposable
{
    private WebApplication _app = null!;
    private int _calls;

    private PartnersServer(Answer answer) => Answering = answer;

    /// <summary>Answers call number <paramref name="call"/>: returning is OK, throwing an <see cref="RpcException"/> fails it.</summary>
    public delegate Task Answer(int call, ServerCallContext context);

    public Answer Answering { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public Uri Address => new(_app.Urls.First());

    public static async Task<PartnersServer> StartAsync(Answer answer)
    {
        var server = new PartnersServer(answer);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(server);
        server._app = builder.Build();
        server._app.MapGrpcService<FakePartnersService>();
        await server._app.StartAsync();
        return server;
    }

    internal async Task AnswerAsync(ServerCallContext context)
    {
        var call = Interlocked.Increment(ref _calls);
        var number = call.ToString(CultureInfo.InvariantCulture);
        await context.WriteResponseHeadersAsync(new Metadata { { "call", number } });
        context.ResponseTrailers.Add("call", number);
        await Answering(call, context);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
