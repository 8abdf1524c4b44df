namespace Nplv.AppHost.Postgres;

/// <summary>No PostgreSQL can be had the configured way; the message says what to install or configure.</summary>
public sealed class PostgresUnavailableException(string message) : DistributedApplicationException(message);
