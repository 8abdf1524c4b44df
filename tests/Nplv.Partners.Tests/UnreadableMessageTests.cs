using Grpc.Core;
using Nplv.Partners.V1;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class UnreadableMessageTests(PartnersServiceFixture fixture)
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(bytes => bytes, bytes => bytes);

    [Fact]
    public async Task BytesThatAreNoMessageAreTheCallersErrorNotTheServices()
    {
        // Field 1 (name) said to be a string, its length a varint that never ends.
        var method = new Method<byte[], byte[]>(
            MethodType.Unary, PartnersService.Descriptor.FullName, "CreatePartner", Bytes, Bytes);

        var refused = await Assert.ThrowsAsync<RpcException>(() => fixture.Service.Channel.CreateCallInvoker()
            .AsyncUnaryCall(method, null, new CallOptions(), [0x0A, 0xFF, 0xFF]).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.StartsWith("The request is not a readable CreatePartnerRequest message", refused.Status.Detail, StringComparison.Ordinal);
    }
}
