using Grpc.Core;
using Nplv.Partners.V1;

namespace Nplv.ServiceDefaults.Tests;

/// <summary>The read and the write the tests call, answered as the <see cref="PartnersServer"/> says.</summary>
internal sealed class FakePartnersService(PartnersServer server) : PartnersService.PartnersServiceBase
{
    public override async Task<Partner> GetPartner(GetPartnerRequest request, ServerCallContext context)
    {
        await server.AnswerAsync(context);
        return new Partner { Id = request.Id, Name = "WerkPro" };
    }

    public override async Task<Partner> CreatePartner(CreatePartnerRequest request, ServerCallContext context)
    {
        await server.AnswerAsync(context);
        return new Partner { Id = Guid.NewGuid().ToString(), Name = request.Name, Type = request.Type };
    }
}
