using Google.Rpc;
using Grpc.Core;
using Nplv.Partners.V1;
using Nplv.Testing;

namespace Nplv.Partners.Tests;

/// <summary>Requests and calls the partners tests share.</summary>
internal static class PartnerRequests
{
    /// <summary>A valid create request with a fresh request id and two contacts.</summary>
    public static CreatePartnerRequest WerkPro(string name = "WerkPro") => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Name = name,
        Type = PartnerType.Welzijn,
        Role = "Werk- en participatiebedrijf; partner in De wijk als leerwerkplek",
        Website = "https://www.werkpro.nl",
        Contacts =
        {
            new Contact { Name = "Anna de Vries", Function = "Programmaleider", Email = "a.devries@werkpro.nl" },
            new Contact { Name = "Bram Jansen" },
        },
    };

    /// <summary>A unique prefix for the names a test creates, so it can find its own partners in the shared database.</summary>
    public static string UniquePrefix(string label) => $"{label} {Guid.NewGuid():N}"[..(label.Length + 9)];

    /// <summary>An update that sets every field of <paramref name="partner"/> to what it holds now.</summary>
    public static UpdatePartnerRequest UpdateOf(Partner partner)
    {
        var request = new UpdatePartnerRequest
        {
            Id = partner.Id,
            Version = partner.Version,
            Name = partner.Name,
            Type = partner.Type,
            Role = partner.Role,
            Website = partner.Website,
        };
        request.Contacts.AddRange(partner.Contacts.Select(c => c.Clone()));
        return request;
    }

    public static async Task<List<Partner>> ListAll(
        this PartnersService.PartnersServiceClient client, ListPartnersRequest? filter = null)
    {
        var partners = new List<Partner>();
        var request = filter?.Clone() ?? new ListPartnersRequest();
        do
        {
            var page = await client.ListPartnersAsync(request);
            partners.AddRange(page.Partners);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");

        return partners;
    }

    /// <summary>Asserts the call is refused as a version conflict on the partner, from the version it carried.</summary>
    public static async Task RefusesAsVersionConflict(string partnerId, long sentVersion, long currentVersion, Func<Task> call)
    {
        var ex = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, call);
        var violation = Assert.Single(ex.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal("VERSION", violation.Type);
        Assert.Equal($"partner/{partnerId}", violation.Subject);
        Assert.Equal($"expected version {sentVersion}, current version {currentVersion}", violation.Description);
    }

    /// <summary>Asserts the call answers NotFound for <paramref name="resourceName"/>.</summary>
    public static async Task<RpcException> FailsAsNotFound(string resourceName, Func<Task> call)
    {
        var ex = await RpcAssert.FailsWith(StatusCode.NotFound, call);
        var resource = ex.GetRpcStatus()!.GetDetail<ResourceInfo>();
        Assert.Equal("partner", resource.ResourceType);
        Assert.Equal(resourceName, resource.ResourceName);
        return ex;
    }
}
