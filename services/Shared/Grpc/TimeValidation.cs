using Google.Protobuf.WellKnownTypes;
using Nplv.Shared.Domain;

namespace Nplv.Shared.Grpc;

public static class TimeValidation
{
    // Timestamp's own range (0001-01-01 to 9999-12-31); outside it, or with nanos outside a second, ToDateTime throws.
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    /// <summary>An optional moment of a request: null when unset, a field error when it is not a valid time.</summary>
    public static DateTime? OptionalTime(this Validator validator, Timestamp? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        var valid = value.Seconds is >= MinSeconds and <= MaxSeconds && value.Nanos is >= 0 and < 1_000_000_000;
        validator.Require(valid, field, "is not a valid time");
        return valid ? value.ToDateTime() : null;
    }
}
