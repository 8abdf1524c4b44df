using Grpc.Core;
using Nplv.Measures.V1;
using Nplv.Partners.V1;
using Nplv.Testing;

namespace Nplv.Measures.Tests;

[Collection(MeasuresServiceCollection.Name)]
public sealed class MeasuresGrpcTests(MeasuresServiceFixture fixture)
{
    private readonly MeasuresService.MeasuresServiceClient _measures = fixture.Measures;

    private async Task<Partner> Gemeente() => await fixture.Partners.CreatePartnerAsync(new CreatePartnerRequest
    {
        RequestId = Guid.NewGuid().ToString(),
        Name = "Gemeente Groningen",
        Type = PartnerType.Gemeente,
        Website = "https://gemeente.groningen.nl",
    });

    private static CreateMeasureRequest LeerwerkPlek(string leadPartnerId) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Title = "De wijk als leerwerkplek",
        Description = "Werken en leren in de wijk, met AanDeBak-garantie en wijkgildes (Just Transition Fund, EUR 2,9 mln).",
        Theme = Theme.Werk,
        AreaCodes = { "WK001410", "BU00141000" },
        LeadPartnerId = leadPartnerId,
        Status = Nplv.Measures.V1.MeasureStatus.Lopend,
    };

    [Fact]
    public async Task CreateMeasureWithAKnownLeadPartnerStoresItAndGetMeasureReturnsIt()
    {
        var gemeente = await Gemeente();

        var created = await _measures.CreateMeasureAsync(LeerwerkPlek(gemeente.Id));

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(gemeente.Id, created.LeadPartnerId);
        Assert.Equal(["BU00141000", "WK001410"], created.AreaCodes);
        Assert.Equal(Nplv.Measures.V1.MeasureStatus.Lopend, created.Status);
        Assert.Equal(1, created.Version);
        Assert.Equal(created, await _measures.GetMeasureAsync(new GetMeasureRequest { Id = created.Id }));
    }

    [Fact]
    public async Task CreateMeasureWithoutAStatusStartsAsAnIdea()
    {
        var request = LeerwerkPlek((await Gemeente()).Id);
        request.Status = Nplv.Measures.V1.MeasureStatus.Unspecified;

        var created = await _measures.CreateMeasureAsync(request);

        Assert.Equal(Nplv.Measures.V1.MeasureStatus.Idee, created.Status);
    }

    [Fact]
    public async Task CreateMeasureRejectsALeadPartnerThePartnersServiceDoesNotKnow()
    {
        var unknown = Guid.NewGuid().ToString();

        var ex = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => _measures.CreateMeasureAsync(LeerwerkPlek(unknown)).ResponseAsync);

        var violation = Assert.Single(ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations);
        Assert.Equal("lead_partner_id", violation.Field);
        Assert.Contains(unknown, violation.Description);
    }

    [Fact]
    public async Task CreateMeasureRejectsEveryBadFieldAtOnce()
    {
        var request = new CreateMeasureRequest
        {
            Title = "",
            Theme = Theme.Unspecified,
            AreaCodes = { "WK001410", "Selwerd" },
            LeadPartnerId = "someone",
            Status = (Nplv.Measures.V1.MeasureStatus)77,
        };

        var fields = await RpcAssert.RejectsFields(() => _measures.CreateMeasureAsync(request).ResponseAsync);

        Assert.Equal(["lead_partner_id", "status", "title", "theme", "area_codes[1]"], fields);
    }

    [Fact]
    public async Task RetriedCreateWithTheSameRequestIdReturnsTheFirstMeasure()
    {
        var request = LeerwerkPlek((await Gemeente()).Id);

        var first = await _measures.CreateMeasureAsync(request);
        var retried = await _measures.CreateMeasureAsync(request);

        Assert.Equal(first, retried);
    }

    [Fact]
    public async Task GetMeasureAnswersNotFoundForAnUnknownId()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _measures.GetMeasureAsync(new GetMeasureRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task ListMeasuresPagesInCreationOrder()
    {
        var lead = (await Gemeente()).Id;
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await _measures.CreateMeasureAsync(LeerwerkPlek(lead))).Id);
        }

        var listed = new List<string>();
        var token = "";
        do
        {
            var page = await _measures.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 2, PageToken = token });
            Assert.True(page.Measures.Count <= 2);
            listed.AddRange(page.Measures.Select(m => m.Id));
            token = page.NextPageToken;
        }
        while (token != "");

        Assert.Equal(created, listed.Where(created.Contains));
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }
}
