using Grpc.Core;
using Nplv.Measures.Domain;
using Nplv.Partners.V1;

namespace Nplv.Measures.Partners;

/// <summary>Asks the partners service; a partner it cannot find does not exist, a service it cannot reach is an outage.</summary>
public sealed class GrpcPartnerDirectory(PartnersService.PartnersServiceClient client) : IPartnerDirectory
{
    public async Task<bool> ExistsAsync(Guid partnerId, CancellationToken cancellationToken)
    {
        try
        {
            await client.GetPartnerAsync(new GetPartnerRequest { Id = partnerId.ToString() }, cancellationToken: cancellationToken);
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The partners service did not answer; try again."));
        }
    }
}
