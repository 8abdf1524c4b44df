using Grpc.Core;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// How Grpc.AspNetCore itself answers a call whose bytes break gRPC's framing. It reads the request before any
/// interceptor or service code runs, so the services cannot answer these themselves (a well-framed message that protobuf
/// cannot parse is theirs, and InvalidArgument):
/// <list type="bullet">
/// <item>broken framing: <c>Internal</c> with gRPC's own words ("Incomplete message.", ...), or <c>Unknown</c> for
/// a compression flag other than 0 or 1 and for compressed bytes that do not decompress;</item>
/// <item>an unsupported grpc-encoding: <c>Unimplemented</c>; a message over the size limit: <c>ResourceExhausted</c>.</item>
/// </list>
/// A refusal is accepted as gRPC's only with those words, so the same status coming from a service's own code still fails.
/// </summary>
internal static class GrpcFramework
{
    private const string HandlerException = "Exception was thrown by handler.";

    // What gRPC's reader throws for its framing and decompression.
    private static readonly string[] ReaderExceptions =
    [
        "InvalidDataException: Unexpected compressed flag value in message header.",
        "InvalidDataException: The archive entry was compressed using an unsupported compression method.",
    ];

    private static readonly string[] FramingProblems =
    [
        "Incomplete message.", "Additional data after the message received.",
        "Request did not include grpc-encoding value with compressed message.",
        "Request sent 'identity' grpc-encoding value with compressed message.",
    ];

    public static bool Refused(StatusCode status, string detail) => status switch
    {
        // Framing that still hands the service some bytes ends as a message it cannot read: the caller's error.
        StatusCode.InvalidArgument => true,
        StatusCode.Unknown => detail.StartsWith(HandlerException, StringComparison.Ordinal)
            && ReaderExceptions.Any(type => detail.Contains(type, StringComparison.Ordinal)),
        StatusCode.Internal => FramingProblems.Any(problem => detail.StartsWith(problem, StringComparison.Ordinal)),
        StatusCode.Unimplemented => detail.StartsWith("Unsupported grpc-encoding value", StringComparison.Ordinal),
        StatusCode.ResourceExhausted => detail.StartsWith("Received message exceeds the maximum configured message size.", StringComparison.Ordinal),
        _ => false,
    };
}
