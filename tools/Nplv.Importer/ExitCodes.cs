namespace Nplv.Importer;

/// <summary>What the importer's exit code tells a script.</summary>
public static class ExitCodes
{
    public const int Succeeded = 0;
    public const int ImportFailed = 1;
    public const int BadUsage = 2;
    public const int ServiceUnreachable = 3;

    /// <summary>With <c>--status</c>: the import has not finished yet; ask again later.</summary>
    public const int StillRunning = 4;
    public const int Cancelled = 130;
}
