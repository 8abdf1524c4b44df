using Aspire.Hosting.Testing;
using Npgsql;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Every table of the services' databases: its number of rows and an MD5 of all of them, in a stable order.</summary>
internal sealed record DatabaseSnapshot(IReadOnlyDictionary<string, TableState> Tables)
{
    private static readonly string[] Databases = ["partnersdb", "measuresdb", "indicatorsdb"];
    private static readonly TimeSpan ImportsQuietTimeout = TimeSpan.FromSeconds(30);

    public static async Task<DatabaseSnapshot> CaptureAsync(SuiteFixture suite)
    {
        var tables = new Dictionary<string, TableState>(StringComparer.Ordinal);
        foreach (var database in Databases)
        {
            await using var connection = new NpgsqlConnection(await suite.App.GetConnectionStringAsync(database));
            await connection.OpenAsync();
            foreach (var table in await TablesAsync(connection))
            {
                tables[$"{database}.{table}"] = await StateAsync(connection, table);
            }
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>
    /// Waits for imports an earlier test left running to end: a running import writes its progress to its row about
    /// once a second, which is a change this snapshot would otherwise see.
    /// </summary>
    public static async Task WaitForRunningImportsAsync(SuiteFixture suite)
    {
        await using var connection = new NpgsqlConnection(await suite.App.GetConnectionStringAsync("indicatorsdb"));
        await connection.OpenAsync();
        await using var running = new NpgsqlCommand("SELECT count(*) FROM imports WHERE state = 'running'", connection);
        var deadline = DateTime.UtcNow + ImportsQuietTimeout;
        while ((long)(await running.ExecuteScalarAsync())! > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"an import is still running after {ImportsQuietTimeout.TotalSeconds:0} s");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>The tables whose rows differ from <paramref name="before"/>, each with both states.</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseSnapshot before)
        => [.. Tables.Keys.Union(before.Tables.Keys).Order(StringComparer.Ordinal)
            .Where(table => Tables.GetValueOrDefault(table) != before.Tables.GetValueOrDefault(table))
            .Select(table => $"{table}: {before.Tables.GetValueOrDefault(table)} -> {Tables.GetValueOrDefault(table)}")];

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<TableState> StateAsync(NpgsqlConnection connection, string table)
    {
        // The row's text form covers every column, whatever its type; ordering by it makes the hash independent of
        // where PostgreSQL keeps the rows.
        await using var command = new NpgsqlCommand(
            $"SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM {table} AS t", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new TableState(reader.GetInt64(0), reader.GetString(1));
    }
}

internal sealed record TableState(long Rows, string Md5)
{
    public override string ToString() => $"{Rows} rows, md5 {Md5}";
}
