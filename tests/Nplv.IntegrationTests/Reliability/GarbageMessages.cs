using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Calls that carry no message at all: bytes no protobuf parser reads (checked with the method's own parser before
/// they are sent; the services answer InvalidArgument, see ReadableRequestMessages), messages over gRPC's size limit,
/// and methods or services that do not exist.
/// </summary>
internal sealed class GarbageMessages(Random random)
{
    public const string GarbageBytes = "garbage-bytes";
    public const string OversizeMessage = "oversize-message";
    public const string UnknownMethod = "unknown-method";
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(bytes => bytes, bytes => bytes);

    private static readonly MethodDescriptor[] Methods =
    [
        .. Partners.V1.PartnersService.Descriptor.Methods,
        .. Measures.V1.MeasuresService.Descriptor.Methods,
        .. Indicators.V1.IndicatorsService.Descriptor.Methods,
    ];

    public MalformedCall Next()
    {
        var pick = random.Next(40);
        if (pick == 0)
        {
            return Oversize();
        }

        if (pick <= 3)
        {
            return Unimplemented();
        }

        var method = random.Pick(Methods);
        var bytes = Undecodable(method.InputType.Parser);
        var path = $"{method.Service.Name}/{method.Name}";
        return new MalformedCall(GarbageBytes, path, Convert.ToHexString(bytes, 0, Math.Min(bytes.Length, 48)),
            (targets, options) => method.IsClientStreaming ? DuplexAsync(targets, method, bytes, options) : UnaryAsync(targets, method, bytes, options),
            Statuses.Of(StatusCode.InvalidArgument));
    }

    /// <summary>Bytes that <paramref name="parser"/> refuses: broken on purpose, or random and found to be broken.</summary>
    private byte[] Undecodable(MessageParser parser)
    {
        for (var attempt = 0; ; attempt++)
        {
            var bytes = Candidate();
            if (!Parses(parser, bytes))
            {
                return bytes;
            }

            if (attempt > 50)
            {
                return [0x0F];
            }
        }
    }

    private byte[] Candidate() => random.Next(10) switch
    {
        // A field of wire type 6 or 7, which protobuf does not have.
        0 => [(byte)((1 + random.Next(15)) << 3 | (6 + random.Next(2))), .. Random(random.Next(20))],
        // Field number zero.
        1 => [(byte)random.Next(8), .. Random(random.Next(20))],
        // A length-delimited field longer than the message.
        2 => [0x0A, (byte)(20 + random.Next(100)), .. Random(random.Next(20))],
        // A varint without its last byte, or longer than ten bytes.
        3 => [0x10, .. Enumerable.Repeat((byte)0xFF, random.Next(2) == 0 ? 3 : 11)],
        // An end-group tag with no group started, or groups nested far deeper than any parser goes.
        4 => random.Next(2) == 0 ? [0x0C] : [.. Enumerable.Repeat((byte)0x0B, 150 + random.Next(5000))],
        // A length given as a varint too large for any message.
        5 => [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, .. Random(8)],
        _ => Random(1 + random.Next(random.Next(4) == 0 ? 64 * 1024 : 256)),
    };

    private MalformedCall Unimplemented()
    {
        var (service, name) = random.Pick(new[]
        {
            ("nplv.partners.v1.PartnersService", "DropAllPartners"),
            ("nplv.measures.v1.MeasuresService", "DeleteAllMeasures"),
            ("nplv.indicators.v1.IndicatorsService", "TruncateObservations"),
            ("nplv.partners.v1.AdminService", "Shutdown"),
            ("nplv.partners.v2.PartnersService", "GetPartner"),
            ("grpc.reflection.v9.ServerReflection", "Info"),
        });
        var method = new Method<byte[], byte[]>(MethodType.Unary, service, name, Bytes, Bytes);
        var channelOf = service.StartsWith("grpc.", StringComparison.Ordinal) ? "nplv.indicators.v1" : service;
        return new MalformedCall(UnknownMethod, $"{service}/{name}", "(empty)",
            async (targets, options) => await targets.ChannelOf(channelOf).CreateCallInvoker().AsyncUnaryCall(method, null, options, []),
            Statuses.Of(StatusCode.Unimplemented));
    }

    /// <summary>A partner whose name alone is larger than the 4 MB a service takes in one message.</summary>
    private MalformedCall Oversize()
    {
        var request = new Partners.V1.CreatePartnerRequest { Name = random.Huge((5 * 1024 * 1024) + random.Next(1024)), Type = Partners.V1.PartnerType.Welzijn };
        return new MalformedCall(OversizeMessage, "PartnersService/CreatePartner", $"name of {request.Name.Length} characters",
            async (targets, options) => await targets.PartnersClient.CreatePartnerAsync(request, options),
            Statuses.Of(), FrameworkRefusal: true);
    }

    private static async Task UnaryAsync(GrpcTargets targets, MethodDescriptor method, byte[] bytes, CallOptions options)
    {
        var raw = new Method<byte[], byte[]>(MethodType.Unary, method.Service.FullName, method.Name, Bytes, Bytes);
        await targets.ChannelOf(method.Service.FullName).CreateCallInvoker().AsyncUnaryCall(raw, null, options, bytes);
    }

    private static async Task DuplexAsync(GrpcTargets targets, MethodDescriptor method, byte[] bytes, CallOptions options)
    {
        var raw = new Method<byte[], byte[]>(MethodType.DuplexStreaming, method.Service.FullName, method.Name, Bytes, Bytes);
        using var call = targets.ChannelOf(method.Service.FullName).CreateCallInvoker().AsyncDuplexStreamingCall(raw, null, options);
        try
        {
            await call.RequestStream.WriteAsync(bytes);
            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException)
        {
            // The service may refuse the first message before the stream is complete: its status follows when reading.
        }

        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
        }
    }

    private static bool Parses(MessageParser parser, byte[] bytes)
    {
        try
        {
            parser.ParseFrom(bytes);
            return true;
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }
    }

    private byte[] Random(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
