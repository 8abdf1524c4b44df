using Nplv.Measures.V1;
using Nplv.Partners.V1;
using Nplv.Testing;
using MeasureStatus = Nplv.Measures.V1.MeasureStatus;

namespace Nplv.Measures.Tests;

[Collection(MeasuresServiceCollection.Name)]
public sealed class MeasureReferenceTests(MeasuresServiceFixture fixture)
{
    private readonly MeasuresService.MeasuresServiceClient _measures = fixture.Measures;

    [Fact]
    public async Task AnUpdateNamesItsBadFieldsInsideTheMeasureAndNeedsAStatus()
    {
        var measure = await _measures.CreateMeasureAsync(await MeasuresGrpcTests.LeerwerkPlek(fixture));
        measure.Title = "";
        measure.Status = MeasureStatus.Unspecified;
        measure.Participants[0].PartnerId = "niemand";
        measure.AreaCodes.Add("Selwerd");

        var fields = await RpcAssert.RejectsFields(
            () => _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = measure }).ResponseAsync);

        Assert.Equal(["measure.status", "measure.participants[0].partner_id", "measure.title", "measure.area_codes[2]"], fields);
    }

    [Fact]
    public async Task AnUpdateNamesTheReferencesTheOtherServicesDoNotKnow()
    {
        var measure = await _measures.CreateMeasureAsync(await MeasuresGrpcTests.LeerwerkPlek(fixture));
        measure.Indicators.Add(new IndicatorLink { IndicatorCode = "bestaat-niet", ExpectedDirection = ExpectedDirection.Up });

        var fields = await RpcAssert.RejectsFields(
            () => _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = measure }).ResponseAsync);

        Assert.Equal(["measure.indicators[1].indicator_code"], fields);
    }

    [Fact]
    public async Task AnArchivedPartnerCannotJoinButMayStayInAMeasureItAlreadyBelongedTo()
    {
        var request = await MeasuresGrpcTests.LeerwerkPlek(fixture);
        var measure = await _measures.CreateMeasureAsync(request);
        var archived = await Archive(request.Participants[0].PartnerId);

        request.RequestId = Guid.NewGuid().ToString();
        var fields = await RpcAssert.RejectsFields(() => _measures.CreateMeasureAsync(request).ResponseAsync);
        measure.Milestones[0].Done = true;
        var updated = await _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = measure });

        Assert.True(archived.Archived);
        Assert.Equal(["participants[0].partner_id"], fields);
        Assert.Equal(measure.Participants, updated.Participants);
    }

    [Fact]
    public async Task AMeasureWithMorePartnersThanOneBatchReadHoldsIsCheckedInBatches()
    {
        var request = await MeasuresGrpcTests.LeerwerkPlek(fixture);
        request.Participants.Clear();
        var partners = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            MeasuresGrpcTests.NewPartner(fixture, $"Buurtinitiatief {i:D3}", PartnerType.Bewoners)));
        request.Participants.AddRange(partners.Select(p => new Participant { PartnerId = p.Id, Role = "bewonersinitiatief" }));

        var created = await _measures.CreateMeasureAsync(request);

        Assert.Equal(200, created.Participants.Count);
    }

    [Fact]
    public async Task ARequestIdReusedForAnotherMeasureIsAlreadyExistsAndCreatesNothing()
    {
        var request = await MeasuresGrpcTests.LeerwerkPlek(fixture);
        await _measures.CreateMeasureAsync(request);
        request.Title = "Een andere maatregel";

        var ex = await RpcAssert.FailsWith(global::Grpc.Core.StatusCode.AlreadyExists, () => _measures.CreateMeasureAsync(request).ResponseAsync);

        Assert.Contains("request_id", ex.Status.Detail);
    }

    private async Task<Partner> Archive(string partnerId)
    {
        var partner = await fixture.Partners.GetPartnerAsync(new GetPartnerRequest { Id = partnerId });
        return await fixture.Partners.ArchivePartnerAsync(new ArchivePartnerRequest { Id = partnerId, Version = partner.Version });
    }
}
