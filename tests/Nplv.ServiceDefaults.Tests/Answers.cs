using Grpc.Core;

namespace Nplv.ServiceDefaults.Tests;

/// <summary>What a <see cref="PartnersServer"/> can do with a call.</summary>
public static class Answers
{
    public static Task Ok(int call, ServerCallContext context) => Task.CompletedTask;

    public static Task Unavailable(int call, ServerCallContext context)
        => throw new RpcException(new Status(StatusCode.Unavailable, "down for maintenance"));

    public static Task Hang(int call, ServerCallContext context) => Task.Delay(Timeout.Infinite, context.CancellationToken);
}
