using System.Security.Claims;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Nplv.Contracts;

namespace Nplv.Gateway.Auth;

/// <summary>
/// Names the signed-in user on every call to a service (<see cref="ActorMetadata"/>), so the service can check what
/// they may do and record who did it. The services trust these headers from the gateway only: they are not
/// reachable from outside the deployment, and the gateway sets them from a token it validated.
/// </summary>
public sealed class ActorInterceptor(IHttpContextAccessor httpContext) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
        => continuation(request, WithActor(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation)
        => continuation(WithActor(context));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation)
        => continuation(request, WithActor(context));

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation)
        => continuation(WithActor(context));

    private ClientInterceptorContext<TRequest, TResponse> WithActor<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class
        where TResponse : class
    {
        var user = httpContext.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return context;
        }

        var headers = context.Options.Headers ?? [];
        new ActorMetadata(
            user.FindFirstValue("sub") ?? "",
            user.Identity.Name ?? "",
            // The role as the gateway's own policies judged it, whatever claim the token carries it in.
            user.IsProgrammeOffice() ? GatewayRoles.ProgrammeOffice : user.IsInRole(GatewayRoles.PartnerEditor) ? GatewayRoles.PartnerEditor : "",
            user.EditorPartnerId() ?? "").AddTo(headers);
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithHeaders(headers));
    }
}
