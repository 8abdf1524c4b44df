using System.Net;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Nplv.IntegrationTests;

/// <summary>The history routes' own rules; each kind's history is checked where its record is changed.</summary>
[Collection(SuiteCollection.Name)]
public sealed class HistoryRoutesTests(SuiteFixture suite)
{
    [Theory]
    [InlineData("partnersdb")]
    [InlineData("measuresdb")]
    [InlineData("indicatorsdb")]
    public async Task NoChangeRecordedCanBeChangedOrDeletedNotEvenByTheServicesDatabaseUser(string database)
    {
        // Unpooled: a fault test may have ended the pool's connections.
        var connectionString = new NpgsqlConnectionStringBuilder(await suite.App.GetConnectionStringAsync(database)) { Pooling = false };
        await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
        await connection.OpenAsync();
        var recorded = await CountAsync(connection);
        Assert.True(recorded > 0, $"{database} has recorded no changes");

        foreach (var change in new[]
        {
            "UPDATE history SET reason = 'anders'",
            "UPDATE history SET actor_name = 'iemand anders' WHERE sequence = (SELECT max(sequence) FROM history)",
            "DELETE FROM history",
            "TRUNCATE history",
        })
        {
            await using var command = new NpgsqlCommand(change, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        Assert.True(await CountAsync(connection) >= recorded);
    }

    [Theory]
    [InlineData("/api/v1/partners/not-a-uuid/history")]
    [InlineData("/api/v1/measures/0190f3c2/history")]
    [InlineData("/api/v1/imports/x/history")]
    [InlineData("/api/v1/partners/0190f3c2-7a4e-7b1d-9c3f-2a5b6c7d8e9f/history?pageSize=201")]
    [InlineData("/api/v1/partners/0190f3c2-7a4e-7b1d-9c3f-2a5b6c7d8e9f/history?pageToken=%25%25")]
    public async Task ABadRecordIdOrPageIsA400(string path)
    {
        var office = await suite.OfficeTokenAsync();
        using var response = await suite.SendAsync(HttpMethod.Get, path, office);
        await response.ProblemAsync(400);
    }

    [Fact]
    public async Task ARecordWithoutChangesHasAnEmptyHistory()
    {
        var editor = await suite.EditorTokenAsync(GatewayClient.WerkPro, "Wim WerkPro");
        var history = await suite.GetOkJsonAsync($"/api/v1/indicators/{new string('x', 40)}/history", editor);
        Assert.Empty(history.GetProperty("items").EnumerateArray());
        using var tooLong = await suite.SendAsync(HttpMethod.Get, $"/api/v1/indicators/{new string('x', 300)}/history", editor);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection)
    {
        await using var count = new NpgsqlCommand("SELECT count(*) FROM history", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
