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

    /// <summary>Where uploaded files wait while they are sent on; the system's temporary folder when absent.</summary>
    public string? TempDirectory { get; set; }
}
