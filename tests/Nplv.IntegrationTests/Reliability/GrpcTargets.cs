using Grpc.Net.Client;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>The services as a client reaches them: generated clients, and raw channels for bytes of one's own.</summary>
internal sealed record GrpcTargets(GrpcChannel Partners, GrpcChannel Measures, GrpcChannel Indicators, HttpClient RawHttp2)
{
    public static GrpcTargets Of(SuiteFixture suite, HttpClient rawHttp2)
        => new(suite.Channel("partners"), suite.Channel("measures"), suite.Channel("indicators"), rawHttp2);

    public PartnersService.PartnersServiceClient PartnersClient { get; } = new(Partners);

    public MeasuresService.MeasuresServiceClient MeasuresClient { get; } = new(Measures);

    public IndicatorsService.IndicatorsServiceClient IndicatorsClient { get; } = new(Indicators);

    public ImportsService.ImportsServiceClient ImportsClient { get; } = new(Indicators);

    public ReportsService.ReportsServiceClient ReportsClient { get; } = new(Measures);

    public AnnualReportsService.AnnualReportsServiceClient AnnualReportsClient { get; } = new(Measures);

    /// <summary>The history contract, which every service answers for its own records.</summary>
    public History.V1.HistoryService.HistoryServiceClient HistoryClient(GrpcChannel channel) => new(channel);

    /// <summary>The channel to the service of a full method or service name, such as <c>nplv.partners.v1.PartnersService</c>.</summary>
    public GrpcChannel ChannelOf(string name) => name.TrimStart('/').Split('.')[1] switch
    {
        "partners" => Partners,
        "measures" => Measures,
        _ => Indicators,
    };
}

/// <summary>The seeded partners and measures and one indicator, with the versions they have before the barrage.</summary>
internal sealed record GrpcKnownEntities(
    IReadOnlyList<(string Id, long Version)> Partners,
    IReadOnlyList<Measure> Measures,
    Indicator Indicator)
{
    public static async Task<GrpcKnownEntities> ReadAsync(GrpcTargets targets)
    {
        string[] partnerIds = [GatewayClient.GemeenteGroningen, GatewayClient.WerkPro, GatewayClient.AlfaCollege];
        var partners = (await targets.PartnersClient.BatchGetPartnersAsync(new BatchGetPartnersRequest { Ids = { partnerIds } })).Partners;
        var measures = (await targets.MeasuresClient.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 4 })).Measures;
        var indicator = await targets.IndicatorsClient.GetIndicatorAsync(new GetIndicatorRequest { Code = "geregistreerde-werkzoekenden" });
        return new GrpcKnownEntities([.. partners.Select(p => (p.Id, p.Version))], measures, indicator);
    }
}
