using Google.Protobuf.WellKnownTypes;

namespace Nplv.Shared.Grpc;

public static class TimestampExtensions
{
    /// <summary>A timestamptz read from PostgreSQL as a timestamp; Npgsql gives it as UTC.</summary>
    public static Timestamp ToUtcTimestamp(this DateTime utc) => Timestamp.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
