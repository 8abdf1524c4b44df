using Grpc.Core;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// One call straight to a service that it must refuse. Calls with <see cref="FrameworkRefusal"/> carry no message a
/// service could read: gRPC itself refuses those before the service's code runs (<see cref="GrpcFramework"/>).
/// </summary>
internal sealed record MalformedCall(
    string Kind,
    string Method,
    string Message,
    Func<GrpcTargets, CallOptions, Task> Invoke,
    IReadOnlySet<StatusCode> Expected,
    bool FrameworkRefusal = false)
{
    public string Describe() => $"{Method} {Message}";

    /// <summary>The call of <paramref name="method"/> with <paramref name="message"/>, once <paramref name="defect"/> has spoiled it.</summary>
    public static MalformedCall Of<T>(string method, T message, MessageDefect<T> defect, Func<GrpcTargets, T, CallOptions, Task> invoke)
        where T : Google.Protobuf.IMessage
    {
        defect.Apply(message);
        return new MalformedCall(
            defect.Kind, method, BarrageReport.Snippet(message.ToString(), 240), (targets, options) => invoke(targets, message, options),
            Statuses.Of(defect.Status));
    }
}

internal static class Statuses
{
    public static IReadOnlySet<StatusCode> Of(params StatusCode[] codes) => codes.ToHashSet();

    public static readonly IReadOnlySet<StatusCode> InvalidArgument = Of(StatusCode.InvalidArgument);
}
