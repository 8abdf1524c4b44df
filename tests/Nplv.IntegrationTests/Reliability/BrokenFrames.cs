using System.Buffers.Binary;
using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.Client;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Calls whose gRPC framing is broken (sent over plain HTTP/2, past the gRPC client): a message shorter than its
/// length prefix, two messages for a unary call, compression flags that do not fit the headers, a length no
/// server takes. gRPC itself refuses these, before any service code runs.
/// </summary>
internal sealed class BrokenFrames(Random random)
{
    public const string Kind = "bad-framing";

    private static readonly string[] Methods =
    [
        "nplv.partners.v1.PartnersService/GetPartner", "nplv.partners.v1.PartnersService/CreatePartner",
        "nplv.measures.v1.MeasuresService/ListMeasures", "nplv.measures.v1.MeasuresService/DeleteMeasure",
        "nplv.indicators.v1.IndicatorsService/GetArea", "nplv.indicators.v1.IndicatorsService/RecordObservations",
    ];

    public MalformedCall Next()
    {
        var method = random.Pick(Methods);
        var message = new byte[] { 0x0A, 0x03, (byte)'a', (byte)'b', (byte)'c' };
        var (description, body, encoding) = random.Next(8) switch
        {
            0 => ("shorter than its length prefix", Frame(0, 100, message), null),
            1 => ("two messages for one request", [.. Frame(0, message.Length, message), .. Frame(0, message.Length, message)], null),
            2 => ("compressed without grpc-encoding", Frame(1, message.Length, message), null),
            3 => ("compression flag 2", Frame(2, message.Length, message), null),
            4 => ("compressed as snappy", Frame(1, message.Length, message), "snappy"),
            5 => ("length prefix of 2 GB", Frame(0, int.MaxValue, message), null),
            6 => ("gzip that is not gzip", Frame(1, message.Length, message), "gzip"),
            _ => ("no message at all", Array.Empty<byte>(), (string?)null),
        };
        return new MalformedCall(Kind, method, description, (targets, _) => SendAsync(targets, method, body, encoding), Statuses.Of(), FrameworkRefusal: true);
    }

    private static byte[] Frame(byte compressed, int length, byte[] message)
    {
        var frame = new byte[5 + message.Length];
        frame[0] = compressed;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), length);
        message.CopyTo(frame, 5);
        return frame;
    }

    /// <summary>Posts the bytes as a gRPC call and throws the status the service ends it with, as a gRPC client would.</summary>
    private static async Task SendAsync(GrpcTargets targets, string method, byte[] body, string? encoding)
    {
        var channel = targets.ChannelOf(method);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://{channel.Target}/{method}"))
        {
            Version = System.Net.HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        if (encoding is not null)
        {
            request.Headers.Add("grpc-encoding", encoding);
        }

        using var response = await targets.RawHttp2.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var status = Header(response, "grpc-status") ?? "";
        var detail = Uri.UnescapeDataString(Header(response, "grpc-message") ?? "");
        if (status != "0")
        {
            throw new RpcException(new Status(int.TryParse(status, out var code) ? (StatusCode)code : StatusCode.Unknown, $"{detail} (HTTP {(int)response.StatusCode})"));
        }
    }

    private static string? Header(HttpResponseMessage response, string name)
        => response.TrailingHeaders.TryGetValues(name, out var trailing) ? trailing.First()
            : response.Headers.TryGetValues(name, out var values) ? values.First() : null;
}
