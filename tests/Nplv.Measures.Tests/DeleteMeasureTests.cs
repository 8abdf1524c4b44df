using Google.Rpc;
using Grpc.Core;
using Nplv.Measures.V1;
using Nplv.Testing;

namespace Nplv.Measures.Tests;

[Collection(MeasuresServiceCollection.Name)]
public sealed class DeleteMeasureTests(MeasuresServiceFixture fixture)
{
    private readonly MeasuresService.MeasuresServiceClient _measures = fixture.Measures;

    private async Task<Measure> NewMeasure() => await _measures.CreateMeasureAsync(await MeasuresGrpcTests.LeerwerkPlek(fixture));

    private Task Delete(string id, long version)
        => _measures.DeleteMeasureAsync(new DeleteMeasureRequest { Id = id, Version = version }).ResponseAsync;

    private Task<Measure> Get(string id) => _measures.GetMeasureAsync(new GetMeasureRequest { Id = id }).ResponseAsync;

    /// <summary>OK when the call succeeds, otherwise the status it failed with.</summary>
    private static async Task<StatusCode> Outcome(Task call)
    {
        try
        {
            await call;
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    [Fact]
    public async Task DeleteMeasureAtTheVersionReadRemovesIt()
    {
        var measure = await NewMeasure();

        await Delete(measure.Id, measure.Version);

        await RpcAssert.FailsWith(StatusCode.NotFound, () => Get(measure.Id));
        Assert.Empty(await _measures.ListAllIds(new ListMeasuresRequest { PartnerId = measure.LeadPartnerId }));
    }

    [Fact]
    public async Task DeleteMeasureWithAStaleVersionIsAVersionConflictAndDeletesNothing()
    {
        var measure = await NewMeasure();
        var change = measure.Clone();
        change.Title = "De wijk als leerwerkplek, tweede ronde";
        var changed = await _measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = change });

        var ex = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Delete(measure.Id, measure.Version));

        var violation = Assert.Single(ex.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal("VERSION", violation.Type);
        Assert.Equal($"measure/{measure.Id}", violation.Subject);
        Assert.Equal("expected version 1, current version 2", violation.Description);
        Assert.Equal(changed, await Get(measure.Id));
    }

    [Fact]
    public async Task DeleteMeasureOfAnUnknownOrAlreadyDeletedMeasureIsNotFound()
    {
        var measure = await NewMeasure();
        await Delete(measure.Id, measure.Version);
        var unknown = Guid.NewGuid().ToString();

        var again = await RpcAssert.FailsWith(StatusCode.NotFound, () => Delete(measure.Id, measure.Version));
        var never = await RpcAssert.FailsWith(StatusCode.NotFound, () => Delete(unknown, 1));

        Assert.Equal(measure.Id, again.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
        Assert.Equal(unknown, never.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
    }

    [Fact]
    public async Task DeleteMeasureNeedsAnIdAndTheVersionRead()
    {
        var measure = await NewMeasure();

        var fields = await RpcAssert.RejectsFields(() => Delete("x", 0));
        var negative = await RpcAssert.RejectsFields(() => Delete(measure.Id, -1));

        Assert.Equal(["id", "version"], fields);
        Assert.Equal(["version"], negative);
        Assert.Equal(measure, await Get(measure.Id));
    }

    [Fact]
    public async Task AnUpdateAndADeleteAtTheSameVersionNeverBothWin()
    {
        for (var i = 0; i < 5; i++)
        {
            var measure = await NewMeasure();
            var change = measure.Clone();
            change.Title = "Gewijzigd";

            var outcomes = await Task.WhenAll(
                Outcome(_measures.UpdateMeasureAsync(new UpdateMeasureRequest { Measure = change }).ResponseAsync),
                Outcome(Delete(measure.Id, measure.Version)));

            if (outcomes[1] == StatusCode.OK)
            {
                // The delete came first: the update finds no measure.
                Assert.Equal(StatusCode.NotFound, outcomes[0]);
                await RpcAssert.FailsWith(StatusCode.NotFound, () => Get(measure.Id));
            }
            else
            {
                // The update came first: the delete carries a stale version.
                Assert.Equal((StatusCode.OK, StatusCode.FailedPrecondition), (outcomes[0], outcomes[1]));
                var current = await Get(measure.Id);
                Assert.Equal(("Gewijzigd", 2L), (current.Title, current.Version));
            }
        }
    }

    [Fact]
    public async Task TwoDeletesAtTheSameVersionDeleteOnce()
    {
        var measure = await NewMeasure();

        var outcomes = await Task.WhenAll(Outcome(Delete(measure.Id, measure.Version)), Outcome(Delete(measure.Id, measure.Version)));

        Assert.Equal([StatusCode.OK, StatusCode.NotFound], outcomes.Order());
    }
}
