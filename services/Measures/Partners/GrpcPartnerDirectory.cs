using Grpc.Core;
using Nplv.Measures.Domain;
using Nplv.Partners.V1;

namespace Nplv.Measures.Partners;

/// <summary>
/// Asks the partners service. A partner it cannot find does not exist; any other failure is the partners service's,
/// told to our caller in our words, not passed through with its details.
/// </summary>
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
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The partners service is unavailable; try again."));
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.DeadlineExceeded or StatusCode.Cancelled)
        {
            // The caller's own deadline or cancellation, passed on: not something a retry fixes.
            throw new RpcException(new Status(ex.StatusCode, "The partners service did not answer in time."));
        }
        catch (RpcException ex)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"The partners service failed ({ex.StatusCode})."));
        }
    }
}
