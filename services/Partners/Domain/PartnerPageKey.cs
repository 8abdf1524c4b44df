using System.Text.Json;
using Nplv.Shared.Domain;

namespace Nplv.Partners.Domain;

/// <summary>
/// Where a page of partners (in name order, then id) ends. It carries the name itself, so a partner renamed or
/// archived between two pages cannot make the next page skip or stop.
/// </summary>
public sealed record PartnerPageKey(string Name, Guid Id)
{
    public static PartnerPageKey Of(Partner partner) => new(partner.Name, partner.Id);

    /// <summary>The key as <see cref="Page{T}"/> puts it into a page token.</summary>
    public string ToKey() => JsonSerializer.Serialize(this);

    public static PartnerPageKey? FromToken(string? token, Validator validator)
    {
        var key = PageToken.Decode(token, validator);
        if (key is null)
        {
            return null;
        }

        try
        {
            var page = JsonSerializer.Deserialize<PartnerPageKey>(key);
            // The token's JSON may spell a NUL character as an escape, which the database would refuse.
            return page is { Name: not null } && !page.Name.Contains('\0', StringComparison.Ordinal) ? page : throw new JsonException();
        }
        catch (JsonException)
        {
            validator.Add("page_token", "is not a token this service issued");
            return null;
        }
    }
}
