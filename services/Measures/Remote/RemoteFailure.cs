using Grpc.Core;

namespace Nplv.Measures.Remote;

/// <summary>
/// Another service's failure, told to our caller in our words rather than passed through with its details.
/// </summary>
internal static class RemoteFailure
{
    public static RpcException From(string service, RpcException ex) => ex.StatusCode switch
    {
        StatusCode.Unavailable => new RpcException(new Status(StatusCode.Unavailable, $"The {service} service is unavailable; try again.")),
        // The caller's own deadline or cancellation, passed on: not something a retry fixes.
        StatusCode.DeadlineExceeded or StatusCode.Cancelled =>
            new RpcException(new Status(ex.StatusCode, $"The {service} service did not answer in time.")),
        _ => new RpcException(new Status(StatusCode.Internal, $"The {service} service failed ({ex.StatusCode}).")),
    };
}
