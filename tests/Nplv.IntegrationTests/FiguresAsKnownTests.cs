using System.Net;
using Aspire.Hosting.Testing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Nplv.Indicators.V1;

namespace Nplv.IntegrationTests;

/// <summary>
/// Every figure keeps when it became known and what it replaced: a series read as of a moment gives the figures as
/// they stood then, whichever way they were written since.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class FiguresAsKnownTests(SuiteFixture suite)
{
    [Fact]
    public async Task ASeriesReadAsOfAMomentGivesTheFiguresKnownThenNotThoseCorrectedSince()
    {
        var office = await suite.OfficeTokenAsync();
        var code = IndicatorsRoutesTests.NewCode();
        using (var created = await suite.SendAsync(HttpMethod.Post, "/api/v1/indicators", office, IndicatorsRoutesTests.Indicator(code)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var indicators = new IndicatorsService.IndicatorsServiceClient(suite.Channel("indicators"));
        var beforeAny = await DatabaseNowAsync();
        await indicators.RecordObservationsAsync(Figures(code, 40.5, ObservationStatus.Voorlopig, "CBS (voorlopig)"));
        var whenVoorlopig = await DatabaseNowAsync();
        // CBS publishes the definitive figure: another value, status and source for the same key.
        await indicators.RecordObservationsAsync(Figures(code, 42.25, ObservationStatus.Definitief, "CBS (definitief)"));

        var now = await SeriesAsync(indicators, code, asOf: null);
        var then = await SeriesAsync(indicators, code, asOf: whenVoorlopig);
        var before = await SeriesAsync(indicators, code, asOf: beforeAny);

        Assert.Equal((42.25, ObservationStatus.Definitief, "CBS (definitief)"), now.Single());
        Assert.Equal((40.5, ObservationStatus.Voorlopig, "CBS (voorlopig)"), then.Single());
        Assert.Empty(before);

        // Recording the same figure again changes nothing, so what was known then stays as it was.
        await indicators.RecordObservationsAsync(Figures(code, 42.25, ObservationStatus.Definitief, "CBS (definitief)"));
        Assert.Equal(then, await SeriesAsync(indicators, code, asOf: whenVoorlopig));

        var bad = await Assert.ThrowsAsync<RpcException>(async () => await indicators.BatchGetSeriesAsync(new BatchGetSeriesRequest
        {
            IndicatorCodes = { code }, AreaCodes = { "GM0014" }, FromYear = 2022, ToYear = 2022,
            AsOf = new Timestamp { Seconds = 0, Nanos = -1 },
        }));
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        var fields = bad.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field);
        Assert.Equal(["as_of"], fields);
    }

    private static RecordObservationsRequest Figures(string code, double value, ObservationStatus status, string source)
        => new()
        {
            Observations = { new Observation { IndicatorCode = code, AreaCode = "GM0014", Year = 2022, Value = value, Status = status, Source = source } },
        };

    private static async Task<List<(double Value, ObservationStatus Status, string Source)>> SeriesAsync(
        IndicatorsService.IndicatorsServiceClient indicators, string code, Timestamp? asOf)
    {
        var request = new GetSeriesRequest { IndicatorCode = code, AreaCodes = { "GM0014" }, FromYear = 2020, ToYear = 2024, AsOf = asOf };
        var series = await indicators.GetSeriesAsync(request);
        return [.. series.Series.Single().Points.Select(p => (p.Value, p.Status, p.Source))];
    }

    /// <summary>
    /// A moment between two writes, on the database's clock (which stamps when figures became known), with a margin
    /// so the moment is after the one write's commit and before the next.
    /// </summary>
    private async Task<Timestamp> DatabaseNowAsync()
    {
        // A connection of its own: a pooled one may be one an earlier test's restart of the server ended.
        var unpooled = new Npgsql.NpgsqlConnectionStringBuilder(await suite.App.GetConnectionStringAsync("indicatorsdb")) { Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(unpooled.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT clock_timestamp()", connection);
        var now = (DateTime)(await command.ExecuteScalarAsync())!;
        await Task.Delay(TimeSpan.FromMilliseconds(20));
        return Timestamp.FromDateTime(DateTime.SpecifyKind(now, DateTimeKind.Utc));
    }
}
