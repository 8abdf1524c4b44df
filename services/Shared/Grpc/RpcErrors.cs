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

    public static RpcException NotFound(string resourceType, string resourceName, string message)
        => new Google.Rpc.Status
        {
            Code = (int)Code.NotFound,
            Message = message,
            Details = { Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName }) },
        }.ToRpcException();
}
