using Npgsql;
using Polly;
using Polly.Retry;

namespace Nplv.Shared.Data;

/// <summary>
/// The service's database, for the stores. When the server restarts or fails over, the pool still holds the
/// connections it dropped, and each fails on its first use; the work then runs again on a fresh connection, so a
/// request after an outage is answered instead of failing. Work passed here must therefore be safe to run twice.
/// </summary>
public sealed class ServiceDatabase
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ResiliencePipeline _retryTransient;

    public ServiceDatabase(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _retryTransient = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(ex => ex.IsTransient),
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(100),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = _ =>
                {
                    // The other idle connections were dropped too.
                    _dataSource.Clear();
                    return default;
                },
            })
            .Build();
    }

    public async Task<T> ExecuteAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        => await _retryTransient.ExecuteAsync(
            async token =>
            {
                await using var connection = await _dataSource.OpenConnectionAsync(token);
                return await work(connection, token);
            },
            cancellationToken);

    /// <summary>
    /// Starts a query whose rows are then read as they come. Starting it is retried like <see cref="ExecuteAsync{T}"/>
    /// (no row has gone anywhere yet); reading it is not. The caller disposes it, which returns its connection.
    /// </summary>
    public async Task<StreamedQuery> StreamAsync(string sql, Action<NpgsqlParameterCollection> addParameters, CancellationToken cancellationToken)
        => await _retryTransient.ExecuteAsync(
            async token =>
            {
                var connection = await _dataSource.OpenConnectionAsync(token);
                var command = new NpgsqlCommand(sql, connection);
                try
                {
                    addParameters(command.Parameters);
                    return new StreamedQuery(connection, command, await command.ExecuteReaderAsync(token));
                }
                catch
                {
                    await command.DisposeAsync();
                    await connection.DisposeAsync();
                    throw;
                }
            },
            cancellationToken);

    /// <summary>
    /// A connection for work that cannot simply run again, such as a COPY fed from a stream: no retry; the caller
    /// owns the connection and its failures.
    /// </summary>
    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
        => _dataSource.OpenConnectionAsync(cancellationToken);
}
