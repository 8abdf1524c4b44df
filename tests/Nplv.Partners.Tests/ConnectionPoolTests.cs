using Npgsql;
using Nplv.Partners.V1;
using Nplv.Shared.Data;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class ConnectionPoolTests(PartnersServiceFixture fixture)
{
    [Fact]
    public async Task TheServiceHoldsAWarmPoolAndABurstOfCallsStaysWithinItsBound()
    {
        await fixture.Client.ListPartnersAsync(new ListPartnersRequest());
        Assert.InRange(await ServiceConnectionsAsync(), ConnectionPoolSizes.DefaultMinimum, ConnectionPoolSizes.DefaultMaximum);

        var burst = Enumerable.Range(0, 5 * ConnectionPoolSizes.DefaultMaximum)
            .Select(_ => fixture.Client.ListPartnersAsync(new ListPartnersRequest { PageSize = 200 }).ResponseAsync);
        var pages = await Task.WhenAll(burst);

        Assert.All(pages, page => Assert.NotEmpty(page.Partners));
        Assert.InRange(await ServiceConnectionsAsync(), ConnectionPoolSizes.DefaultMinimum, ConnectionPoolSizes.DefaultMaximum);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=50", 50, ConnectionPoolSizes.DefaultMinimum)]
    [InlineData("Host=db;maxpoolsize=4", 4, 4)]
    [InlineData("Host=db;Minimum Pool Size=2", ConnectionPoolSizes.DefaultMaximum, 2)]
    [InlineData("Host=db;Minimum Pool Size=30", 30, 30)]
    [InlineData("Host=db", ConnectionPoolSizes.DefaultMaximum, ConnectionPoolSizes.DefaultMinimum)]
    public void AConnectionStringThatSetsAPoolSizeKeepsIt(string given, int maximum, int minimum)
    {
        var connection = new NpgsqlConnectionStringBuilder(given);

        ConnectionPoolSizes.ApplyDefaults(connection, given);

        Assert.Equal((maximum, minimum), (connection.MaxPoolSize, connection.MinPoolSize));
    }

    private async Task<long> ServiceConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'Nplv.Partners'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
