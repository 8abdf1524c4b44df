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
        catch (ValidationFailedException ex)
        {
            throw RpcErrors.InvalidArgument(ex.Errors);
        }
        catch (EntityNotFoundException ex)
        {
            throw RpcErrors.NotFound(ex.Entity, ex.Id, ex.Message);
        }
        catch (VersionConflictException ex)
        {
            throw RpcErrors.VersionConflict(ex);
        }
        catch (StateConflictException ex)
        {
            throw RpcErrors.FailedPrecondition("STATE", $"{ex.Entity}/{ex.Id}", ex.Description, ex.Message);
        }
        catch (EntityAlreadyExistsException ex)
        {
            throw RpcErrors.AlreadyExists(ex.Entity, ex.Id, ex.Message);
        }
        catch (NpgsqlException ex) when (ex.IsTransient)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The database is unavailable; try again."), ex.Message);
        }
        catch (NpgsqlException ex)
        {
            // Not the caller's fault, and nothing the caller should see the inside of.
            throw new RpcException(new Status(StatusCode.Internal, "The database refused the command."), ex.Message);
        }
    }
}
