using Dapper;
using Npgsql;

namespace Nplv.Indicators.Data;

/// <summary>
/// Who may write observations at the same time: recorded batches together, an import's upsert alone. An import
/// writes up to millions of rows in one statement; taken one at a time, two writers can never wait on each other's
/// rows in opposite orders (a deadlock), nor insert the same new row at once.
/// </summary>
internal static class ObservationWriteLock
{
    // A number of our own for pg_advisory_xact_lock: "nplv obs" in ASCII.
    private const long Key = 0x6E706C76_6F6273;

    public static Task ShareAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        => connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock_shared(@Key)", new { Key }, transaction, cancellationToken: cancellationToken));

    public static Task TakeAloneAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        => connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@Key)", new { Key }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
}
