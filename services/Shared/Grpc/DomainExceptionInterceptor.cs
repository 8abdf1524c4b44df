using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Nplv.Shared.Domain;

namespace Nplv.Shared.Grpc;

/// <summary>Turns the domain's exceptions into gRPC statuses with rich error details.</summary>
public sealed class DomainExceptionInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (ValidationFailedException ex)
        {
            throw RpcErrors.InvalidArgument(ex.Errors);
        }
        catch (EntityNotFoundException ex)
        {
            throw RpcErrors.NotFound(ex.Entity, ex.Id, ex.Message);
        }
    }
}
