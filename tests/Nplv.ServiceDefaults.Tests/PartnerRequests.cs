using Nplv.Partners.V1;

namespace Nplv.ServiceDefaults.Tests;

public static class PartnerRequests
{
    /// <summary>A read.</summary>
    public static GetPartnerRequest Get() => new() { Id = Guid.NewGuid().ToString() };

    /// <summary>A write.</summary>
    public static CreatePartnerRequest Create() => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Name = "WerkPro",
        Type = PartnerType.Welzijn,
    };
}
