using Grpc.Core;
using Nplv.Gateway.Views;
using Nplv.Partners.V1;

namespace Nplv.Gateway.Exports;

public static class PartnerNames
{
    /// <summary>
    /// The names of these partners, for a table that names them. Without the partners service the table goes out
    /// with ids alone: a download of measures should not fail for want of names.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesOfAsync(
        this PartnersService.PartnersServiceClient partners, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(id => id.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        try
        {
            var found = await partners.BatchGetAllAsync(wanted, new CallOptions(cancellationToken: cancellationToken));
            return found.ToDictionary(partner => partner.Id, partner => partner.Name);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            return new Dictionary<string, string>();
        }
    }
}
