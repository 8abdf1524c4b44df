using Npgsql;

namespace Nplv.Shared.Data;

/// <summary>
/// A query whose rows are read as they come, its connection held until it is disposed. Disposed before its last row,
/// it cancels the query on the server: otherwise Npgsql would read and discard every row nobody wants any more, and
/// the connection would stay busy doing so (npgsql/npgsql#4542).
/// </summary>
public sealed class StreamedQuery(NpgsqlConnection connection, NpgsqlCommand command, NpgsqlDataReader reader) : IAsyncDisposable
{
    private bool _readToEnd;

    public NpgsqlDataReader Row => reader;

    public async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        var more = await reader.ReadAsync(cancellationToken);
        _readToEnd = !more;
        return more;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_readToEnd)
        {
            command.Cancel();
        }

        try
        {
            await reader.DisposeAsync();
        }
        catch (Exception ex) when (!_readToEnd && ex is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } or OperationCanceledException)
        {
            // The cancellation asked for above.
        }
        finally
        {
            await command.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
