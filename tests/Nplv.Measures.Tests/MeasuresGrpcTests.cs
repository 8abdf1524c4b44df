using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Measures.V1;
using Nplv.Partners.V1;
using Nplv.Testing;
using MeasureStatus = Nplv.Measures.V1.MeasureStatus;

namespace Nplv.Measures.Tests;

[Collection(MeasuresServiceCollection.Name)]
public sealed class MeasuresGrpcTests(MeasuresServiceFixture fixture)
{
    private readonly MeasuresService.MeasuresServiceClient _measures = fixture.Measures;

    internal static async Task<Partner> NewPartner(MeasuresServiceFixture fixture, string name, PartnerType type)
        => await fixture.Partners.CreatePartnerAsync(new CreatePartnerRequest { RequestId = Guid.NewGuid().ToString(), Name = name, Type = type });

    /// <summary>De wijk als leerwerkplek: the gemeente leads, WerkPro and the Alfa-college take part (Just Transition Fund).</summary>
    internal static async Task<CreateMeasureRequest> LeerwerkPlek(MeasuresServiceFixture fixture)
    {
        var gemeente = await NewPartner(fixture, "Gemeente Groningen", PartnerType.Gemeente);
        var werkPro = await NewPartner(fixture, "WerkPro", PartnerType.Welzijn);
        var alfa = await NewPartner(fixture, "Alfa-college", PartnerType.Onderwijs);
        return new CreateMeasureRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Title = "De wijk als leerwerkplek",
            Description = "Werken en leren in de wijk, met AanDeBak-garantie en wijkgildes.",
            Theme = Theme.Werk,
            AreaCodes = { "WK001410", "BU00141000" },
            LeadPartnerId = gemeente.Id,
            Participants =
            {
                new Participant { PartnerId = werkPro.Id, Role = "uitvoering wijkgildes" },
                new Participant { PartnerId = alfa.Id, Role = "mbo-opleidingen" },
            },
            Status = MeasureStatus.Gepland,
            StartDate = "2025-01-01",
            EndDate = "2027-12-31",
            Funding = { new FundingLine { Source = "Just Transition Fund", AmountCents = 290_000_000, FromYear = 2025, ToYear = 2027 } },
            Milestones = { new Milestone { Title = "Eerste wijkgilde van start", DueDate = "2025-09-01" } },
            Indicators = { new IndicatorLink { IndicatorCode = "geregistreerde-werkzoekenden", ExpectedDirection = ExpectedDirection.Down } },
        };
    }

    [Fact]
    public async Task CreateMeasureStoresEverythingAndGetMeasureReturnsIt()
    {
        var request = await LeerwerkPlek(fixture);

        var created = await _measures.CreateMeasureAsync(request);

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(1, created.Version);
        Assert.Equal(["BU00141000", "WK001410"], created.AreaCodes);
        Assert.Equal(request.Participants, created.Participants);
        Assert.Equal(request.Funding, created.Funding);
        Assert.Equal(request.Milestones, created.Milestones);
        Assert.Equal(request.Indicators, created.Indicators);
        Assert.Equal(("2025-01-01", "2027-12-31"), (created.StartDate, created.EndDate));
        Assert.Equal(MeasureStatus.Gepland, created.Status);
        Assert.Equal(created, await _measures.GetMeasureAsync(new GetMeasureRequest { Id = created.Id }));
    }

    [Fact]
    public async Task CreateMeasureWithoutAStatusStartsAsAnIdea()
    {
        var request = await LeerwerkPlek(fixture);
        request.Status = MeasureStatus.Unspecified;

        Assert.Equal(MeasureStatus.Idee, (await _measures.CreateMeasureAsync(request)).Status);
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
            Status = (MeasureStatus)77,
            StartDate = "2027-01-01",
            EndDate = "31-12-2027",
            Funding =
            {
                new FundingLine { Source = "JTF", AmountCents = 0, FromYear = 2025, ToYear = 2024 },
                new FundingLine { Source = "Typo", AmountCents = long.MaxValue / 2, FromYear = 2025, ToYear = 2025 },
            },
            Milestones = { new Milestone { Title = "Start", DueDate = "" } },
            Indicators = { new IndicatorLink { IndicatorCode = "werkzoekenden" } },
        };

        var fields = await RpcAssert.RejectsFields(() => _measures.CreateMeasureAsync(request).ResponseAsync);

        Assert.Equal(
            ["lead_partner_id", "status", "milestones[0].due_date", "indicators[0].expected_direction", "end_date", "title",
             "theme", "area_codes[1]", "funding[0].amount_cents", "funding[0].to_year", "funding[1].amount_cents"],
            fields);
    }

    [Fact]
    public async Task CreateMeasureNamesEveryReferenceTheOtherServicesDoNotKnow()
    {
        var request = await LeerwerkPlek(fixture);
        var unknownPartner = Guid.NewGuid().ToString();
        request.LeadPartnerId = unknownPartner;
        request.Participants[1].PartnerId = Guid.NewGuid().ToString();
        request.AreaCodes.Add("BU99999999");
        request.Indicators.Add(new IndicatorLink { IndicatorCode = "bestaat-niet", ExpectedDirection = ExpectedDirection.Up });

        var ex = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => _measures.CreateMeasureAsync(request).ResponseAsync);

        var violations = ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations;
        Assert.Equal(["lead_partner_id", "participants[1].partner_id", "area_codes[2]", "indicators[1].indicator_code"],
            violations.Select(v => v.Field));
        Assert.Contains(unknownPartner, violations[0].Description);
    }

    [Fact]
    public async Task RetriedCreateWithTheSameRequestIdReturnsTheFirstMeasure()
    {
        var request = await LeerwerkPlek(fixture);

        var first = await _measures.CreateMeasureAsync(request);
        var retried = await _measures.CreateMeasureAsync(request);

        Assert.Equal(first, retried);
    }

    [Fact]
    public async Task UpdateMeasureReplacesItsContentAndAStaleVersionChangesNothing()
    {
        var created = await _measures.CreateMeasureAsync(await LeerwerkPlek(fixture));
        var change = created.Clone();
        change.Status = MeasureStatus.Lopend;
        change.Participants.RemoveAt(1);
        change.Milestones[0].Done = true;

        var updated = await _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = change });
        var stale = change.Clone();
        stale.Title = "Overschreven";
        var ex = await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = stale }).ResponseAsync);

        Assert.Equal(2, updated.Version);
        Assert.Single(updated.Participants);
        Assert.True(updated.Milestones[0].Done);
        Assert.Equal("VERSION", ex.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations[0].Type);
        Assert.Equal(updated, await _measures.GetMeasureAsync(new GetMeasureRequest { Id = created.Id }));
    }

    [Fact]
    public async Task AStatusMovesOnlyAlongItsTransitions()
    {
        var request = await LeerwerkPlek(fixture);
        request.Status = MeasureStatus.Idee;
        var measure = await _measures.CreateMeasureAsync(request);

        foreach (var next in new[] { MeasureStatus.Gepland, MeasureStatus.Lopend, MeasureStatus.Afgerond })
        {
            measure.Status = next;
            measure = await _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = measure });
        }

        var reopen = measure.Clone();
        reopen.Status = MeasureStatus.Lopend;
        var ex = await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = reopen }).ResponseAsync);

        Assert.Equal(MeasureStatus.Afgerond, measure.Status);
        Assert.Equal(4, measure.Version);
        Assert.Equal("STATE", ex.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations[0].Type);
        Assert.Equal(measure, await _measures.GetMeasureAsync(new GetMeasureRequest { Id = measure.Id }));
    }

    [Fact]
    public async Task UpdateAndGetOfAnUnknownMeasureAreNotFound()
    {
        var ghost = await _measures.CreateMeasureAsync(await LeerwerkPlek(fixture));
        ghost.Id = Guid.NewGuid().ToString();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = ghost }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => _measures.GetMeasureAsync(new GetMeasureRequest { Id = ghost.Id }).ResponseAsync);
    }

    [Fact]
    public async Task BatchGetKeepsTheOrderAskedAndFailsWholeOnAnUnknownId()
    {
        var a = await _measures.CreateMeasureAsync(await LeerwerkPlek(fixture));
        var b = await _measures.CreateMeasureAsync(await LeerwerkPlek(fixture));

        var batch = await _measures.BatchGetMeasuresAsync(new BatchGetMeasuresRequest { Ids = { b.Id, a.Id } });
        var missing = Guid.NewGuid().ToString();
        var ex = await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _measures.BatchGetMeasuresAsync(new BatchGetMeasuresRequest { Ids = { a.Id, missing } }).ResponseAsync);
        var fields = await RpcAssert.RejectsFields(
            () => _measures.BatchGetMeasuresAsync(new BatchGetMeasuresRequest { Ids = { a.Id, "x" } }).ResponseAsync);

        Assert.Equal([b.Id, a.Id], batch.Measures.Select(m => m.Id));
        Assert.Contains(missing, ex.Status.Detail);
        Assert.Equal(["ids[1]"], fields);
    }

    [Fact]
    public async Task ListMeasuresFiltersByThemeAreaStatusAndPartnerAndPagesInCreationOrder()
    {
        var werk = await LeerwerkPlek(fixture);
        var participant = werk.Participants[0].PartnerId;
        var opvang = await LeerwerkPlek(fixture);
        opvang.Title = "Gratis kinderopvang vanaf 6 maanden";
        opvang.Theme = Theme.Onderwijs;
        opvang.AreaCodes.Clear();
        opvang.AreaCodes.Add("BU00141005");
        opvang.Status = MeasureStatus.Lopend;
        opvang.Participants.Clear();
        var werkId = (await _measures.CreateMeasureAsync(werk)).Id;
        var opvangId = (await _measures.CreateMeasureAsync(opvang)).Id;

        var onderwijs = await _measures.ListAllIds(new ListMeasuresRequest { Theme = Theme.Onderwijs });
        var inTuinwijk = await _measures.ListAllIds(new ListMeasuresRequest { AreaCode = "BU00141005" });
        var lopend = await _measures.ListAllIds(new ListMeasuresRequest { Status = MeasureStatus.Lopend });
        var withPartner = await _measures.ListAllIds(new ListMeasuresRequest { PartnerId = participant });
        var all = await _measures.ListAllIds(new ListMeasuresRequest());

        Assert.Contains(opvangId, onderwijs);
        Assert.DoesNotContain(werkId, onderwijs);
        Assert.Contains(opvangId, inTuinwijk);
        Assert.DoesNotContain(werkId, inTuinwijk);
        Assert.Contains(opvangId, lopend);
        Assert.DoesNotContain(werkId, lopend);
        Assert.Equal([werkId], withPartner);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(all.Count, all.Distinct().Count());
        await RpcAssert.RejectsFields(() => _measures.ListMeasuresAsync(new ListMeasuresRequest { PartnerId = "x", Theme = (Theme)50 }).ResponseAsync);
    }
}
