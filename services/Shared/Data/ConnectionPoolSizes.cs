using System.Data.Common;
using Npgsql;

namespace Nplv.Shared.Data;

/// <summary>
/// Opening a PostgreSQL connection starts a server process and runs SCRAM authentication. When a burst of calls
/// opens dozens at once, a small server spends seconds on them and the calls pass their deadlines; a bounded pool,
/// kept warm, lets a burst wait milliseconds for a connection instead. It also keeps the services of a deployment
/// within the server's <c>max_connections</c>. A connection string that sets a size keeps its own.
/// </summary>
public static class ConnectionPoolSizes
{
    public const int DefaultMaximum = 20;
    public const int DefaultMinimum = 10;

    private static readonly string[] MaximumKeywords = ["maximumpoolsize", "maxpoolsize"];
    private static readonly string[] MinimumKeywords = ["minimumpoolsize", "minpoolsize"];

    public static void ApplyDefaults(NpgsqlConnectionStringBuilder connection, string givenConnectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = givenConnectionString }.Keys
            .Cast<string>()
            .Select(keyword => keyword.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet();
        if (!MaximumKeywords.Any(given.Contains))
        {
            connection.MaxPoolSize = Math.Max(DefaultMaximum, connection.MinPoolSize);
        }

        if (!MinimumKeywords.Any(given.Contains))
        {
            connection.MinPoolSize = Math.Min(DefaultMinimum, connection.MaxPoolSize);
        }
    }
}
