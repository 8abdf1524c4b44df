namespace Nplv.Gateway.Imports;

/// <summary>Configuration section <c>Gateway:Imports</c>.</summary>
public sealed class ImportOptions
{
    /// <summary>How long one import's call to the indicators service may take, upload and reading together.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The largest file an import takes; its request may be this much larger than the gateway's usual limit.</summary>
    public long MaxFileBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The largest mapping document or metadata file sent along with it.</summary>
    public long MaxPartBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How many imports one gateway takes at a time, from the first byte of the upload until the file has been sent
    /// on: each holds up to <see cref="MaxFileBytes"/> of disk. More are answered 429 with Retry-After.
    /// </summary>
    public int MaxConcurrent { get; set; } = 4;

    /// <summary>
    /// Where uploaded files wait while they are sent on: a folder of the gateway's own, since leftover uploads in it
    /// are deleted at startup. <c>nplv-gateway-imports</c> in the system's temporary folder when absent.
    /// </summary>
    public string? TempDirectory { get; set; }

    public string UploadDirectory =>
        TempDirectory is { Length: > 0 } directory ? directory : Path.Combine(Path.GetTempPath(), "nplv-gateway-imports");
}
