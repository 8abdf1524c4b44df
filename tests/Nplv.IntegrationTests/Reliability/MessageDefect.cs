using Grpc.Core;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>One change that makes a valid message invalid, the kind of bad input it is, and the status it must get.</summary>
internal sealed record MessageDefect<T>(string Kind, Action<T> Apply, StatusCode Status = StatusCode.InvalidArgument)
{
    public static MessageDefect<T> Unknown(Action<T> apply) => new(GrpcKinds.UnknownReference, apply, StatusCode.NotFound);
}

internal static class GrpcKinds
{
    public const string EmptyString = "empty-string";
    public const string HugeString = "huge-string";
    public const string NulCharacter = "nul-character";
    public const string BadUuid = "bad-uuid";
    public const string BadCode = "bad-code";
    public const string UnknownReference = "unknown-reference";
    public const string OutOfRange = "out-of-range";
    public const string BadDate = "bad-date";
    public const string UnknownEnum = "unknown-enum";
    public const string MissingRequired = "missing-required";
    public const string TooManyItems = "too-many-items";
    public const string BadPage = "bad-page";
    public const string StaleVersion = "stale-version";
    public const string ConflictingCreate = "conflicting-create";
    public const string NonFiniteNumber = "non-finite-number";
    public const string Duplicates = "duplicates";
    public const string BadValue = "bad-value";
    public const string BadImportSettings = "bad-import-settings";

    /// <summary>Strings with a NUL character, which PostgreSQL's text cannot hold.</summary>
    public static string WithNul(this Random random) => random.Pick(new[] { "\u0000", "a\u0000b", "tekst\u0000", "\u0000\u0000\u0000" });

    public static string Blank(this Random random) => random.Pick(new[] { "", " ", "   ", "\t", "\r\n" });
}
