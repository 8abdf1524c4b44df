using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Nplv.Shared.Domain;

namespace Nplv.Shared.Grpc;

public static class RpcErrors
{
    public static RpcException InvalidArgument(IReadOnlyList<FieldError> errors)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(errors.Select(e => new BadRequest.Types.FieldViolation
        {
            Field = e.Field,
            Description = e.Description,
        }));

        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "The request is invalid: " + string.Join("; ", errors.Select(e => $"{e.Field} {e.Description}")),
            Details = { Any.Pack(badRequest) },
        }.ToRpcException();
    }

    /// <summary>FailedPrecondition with a PreconditionFailure of type VERSION naming the entity.</summary>
    public static RpcException VersionConflict(VersionConflictException conflict)
        => FailedPrecondition(
            "VERSION",
            $"{conflict.Entity}/{conflict.Id}",
            $"expected version {conflict.ExpectedVersion}, current version {conflict.CurrentVersion}",
            conflict.Message);

    public static RpcException FailedPrecondition(string type, string subject, string description, string message)
        => new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = message,
            Details =
            {
                Any.Pack(new PreconditionFailure
                {
                    Violations = { new PreconditionFailure.Types.Violation { Type = type, Subject = subject, Description = description } },
                }),
            },
        }.ToRpcException();

    public static RpcException AlreadyExists(string resourceType, string resourceName, string message)
        => new Google.Rpc.Status
        {
            Code = (int)Code.AlreadyExists,
            Message = message,
            Details = { Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName }) },
        }.ToRpcException();

    public static RpcException NotFound(string resourceType, string resourceName, string message)
        => new Google.Rpc.Status
        {
            Code = (int)Code.NotFound,
            Message = message,
            Details = { Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName }) },
        }.ToRpcException();

    public static RpcException PermissionDenied(string resourceType, string resourceName, string message)
        => new Google.Rpc.Status
        {
            Code = (int)Code.PermissionDenied,
            Message = message,
            Details = { Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName }) },
        }.ToRpcException();
}
