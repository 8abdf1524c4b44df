using Grpc.Core;
using Grpc.Core.Interceptors;
using Npgsql;
using Nplv.Shared.Domain;

namespace Nplv.Shared.Grpc;

/// <summary>
/// Turns the domain's exceptions into gRPC statuses with rich error details, and a database that cannot be reached
/// into <c>Unavailable</c>, which callers may retry.
/// </summary>
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
        catch (Exception ex) when (ToRpcException(ex) is { } rpc)
        {
            throw rpc;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (ToRpcException(ex) is { } rpc)
        {
            throw rpc;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (ToRpcException(ex) is { } rpc)
        {
            throw rpc;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ToRpcException(ex) is { } rpc)
        {
            throw rpc;
        }
    }

    private static RpcException? ToRpcException(Exception exception) => exception switch
    {
        ValidationFailedException ex => RpcErrors.InvalidArgument(ex.Errors),
        EntityNotFoundException ex => RpcErrors.NotFound(ex.Entity, ex.Id, ex.Message),
        VersionConflictException ex => RpcErrors.VersionConflict(ex),
        StateConflictException ex => RpcErrors.FailedPrecondition("STATE", $"{ex.Entity}/{ex.Id}", ex.Description, ex.Message),
        EntityAlreadyExistsException ex => RpcErrors.AlreadyExists(ex.Entity, ex.Id, ex.Message),
        ActionNotAllowedException ex => RpcErrors.PermissionDenied(ex.Entity, ex.Id, ex.Message),
        NpgsqlException { IsTransient: true } ex
            => new RpcException(new Status(StatusCode.Unavailable, "The database is unavailable; try again."), ex.Message),
        // Not the caller's fault, and nothing the caller should see the inside of.
        NpgsqlException ex => new RpcException(new Status(StatusCode.Internal, "The database refused the command."), ex.Message),
        _ => null,
    };
}
