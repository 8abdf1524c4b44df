using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Http;
using Nplv.Contracts;

namespace Nplv.Shared.History;

/// <summary>Who the current gRPC call acts for, from its actor metadata; unknown outside a call (seed data at start-up).</summary>
public sealed class CallActor(IHttpContextAccessor httpContext)
{
    public ActorMetadata Current
        => httpContext.HttpContext?.Features.Get<IServerCallContextFeature>()?.ServerCallContext is { } call
            ? ActorMetadata.From(call.RequestHeaders)
            : ActorMetadata.Unknown;
}
