using Nplv.Partners.V1;
using Nplv.Shared.Domain;
using Nplv.Testing;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class NulCharacterTests(PartnersServiceFixture fixture)
{
    [Fact]
    public async Task TextWithANulCharacterIsAFieldErrorNotADatabaseFailure()
    {
        var fields = await RpcAssert.RejectsFields(() => fixture.Client.CreatePartnerAsync(new CreatePartnerRequest
        {
            Name = "Wijk\0bedrijf",
            Type = PartnerType.Other,
            Role = "rol\0",
        }).ResponseAsync);

        Assert.Equal(["name", "role"], fields);
    }

    [Fact]
    public async Task APageTokenHidingANulCharacterIsRejected()
    {
        var token = PageToken.Encode("[\"a\0\",\"00000000-0000-0000-0000-000000000000\"]");

        var fields = await RpcAssert.RejectsFields(
            () => fixture.Client.ListPartnersAsync(new ListPartnersRequest { PageToken = token }).ResponseAsync);

        Assert.Equal(["page_token"], fields);
    }

    [Fact]
    public async Task APageTokenSpellingANulCharacterAsAJsonEscapeIsRejected()
    {
        var token = PageToken.Encode("{\"Name\":\"x\\u0000y\",\"Id\":\"e3876f43-58f9-f1ca-65de-82e87b43d373\"}");

        var fields = await RpcAssert.RejectsFields(
            () => fixture.Client.ListPartnersAsync(new ListPartnersRequest { PageToken = token }).ResponseAsync);

        Assert.Equal(["page_token"], fields);
    }
}
