using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Nplv.Testing;

public static class RpcAssert
{
    /// <summary>Asserts the call fails with <paramref name="expected"/> and returns the failure.</summary>
    public static async Task<RpcException> FailsWith(StatusCode expected, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(expected == ex.StatusCode, $"Expected {expected} but got {ex.StatusCode}: {ex.Status.Detail}");
        return ex;
    }

    /// <summary>Asserts the call fails with InvalidArgument and returns the fields its BadRequest details name.</summary>
    public static async Task<IReadOnlyList<string>> RejectsFields(Func<Task> call)
        => [.. (await RejectsWith(call)).Select(v => v.Field)];

    /// <summary>Asserts the call fails with InvalidArgument and returns its BadRequest details' field violations.</summary>
    public static async Task<IReadOnlyList<BadRequest.Types.FieldViolation>> RejectsWith(Func<Task> call)
    {
        var ex = await FailsWith(StatusCode.InvalidArgument, call);
        var badRequest = ex.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        return [.. badRequest.FieldViolations];
    }
}
