using System.Net;
using System.Text.Json.Nodes;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>A partner or measure that exists: its id, its current ETag, and its content as a client would send it back.</summary>
internal sealed record KnownEntity(string Id, string ETag, JsonObject Input)
{
    public long Version => long.Parse(ETag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

    public string? LeadPartnerId => Input["leadPartnerId"]?.GetValue<string>();
}

/// <summary>The seeded partners and the oldest measures, read through the gateway before the barrage.</summary>
internal sealed record KnownEntities(IReadOnlyList<KnownEntity> Partners, IReadOnlyList<KnownEntity> Measures)
{
    private const int MeasureCount = 4;
    private static readonly string[] PartnerIds =
        [GatewayClient.GemeenteGroningen, GatewayClient.WerkPro, GatewayClient.AlfaCollege, "0195a000-0000-7000-8000-000000000004"];

    private static readonly string[] PartnerFields = ["name", "type", "role", "website", "contacts"];

    private static readonly string[] MeasureFields =
    [
        "title", "description", "theme", "areaCodes", "leadPartnerId", "status", "participants", "startDate", "endDate",
        "funding", "milestones", "indicators",
    ];

    public static async Task<KnownEntities> ReadAsync(SuiteFixture suite)
    {
        var measureIds = (await suite.GetOkJsonAsync($"/api/v1/measures?pageSize={MeasureCount}")).GetProperty("items")
            .EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
        var partners = await Task.WhenAll(PartnerIds.Select(id => ReadAsync(suite, $"/api/v1/partners/{id}", PartnerFields)));
        var measures = await Task.WhenAll(measureIds.Select(id => ReadAsync(suite, $"/api/v1/measures/{id}", MeasureFields)));
        return new KnownEntities(partners, measures);
    }

    private static async Task<KnownEntity> ReadAsync(SuiteFixture suite, string path, string[] inputFields)
    {
        using var response = await suite.Gateway.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var input = new JsonObject();
        foreach (var field in inputFields)
        {
            input[field] = read[field]?.DeepClone();
        }

        return new KnownEntity(read["id"]!.GetValue<string>(), response.Headers.ETag!.Tag, input);
    }
}
