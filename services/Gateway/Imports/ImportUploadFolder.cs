namespace Nplv.Gateway.Imports;

/// <summary>The folder uploaded files wait in, and the clearing of what a gateway that crashed left there.</summary>
public static partial class ImportUploadFolder
{
    public const string Extension = ".upload";

    // Covers the moment between a file's creation and its lock, should the lock ever come after.
    private static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(1);

    public static string NewFilePath(string directory)
    {
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"{Guid.CreateVersion7():N}{Extension}");
    }

    /// <summary>
    /// Deletes the uploads no running gateway holds. Several gateways on one host may share the folder, so a file is
    /// deleted only when it can be opened exclusively: every upload is held open with <see cref="FileShare.None"/>
    /// while its import runs (an exclusive lock on Unix too), so a file nobody holds is one whose gateway has gone.
    /// Only <c>*.upload</c> files are touched, in case the folder is shared with anything else.
    /// </summary>
    public static int DeleteLeftovers(string directory, ILogger logger)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(directory, "*" + Extension))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < MinimumAge)
                {
                    continue;
                }

                // Opened exclusively, or not at all while another gateway holds it; deleted when closed.
                using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                }

                deleted++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogKept(logger, path, ex.Message);
            }
        }

        if (deleted > 0)
        {
            LogDeleted(logger, deleted, directory);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} uploads left over in {Directory}")]
    private static partial void LogDeleted(ILogger logger, int count, string directory);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Kept upload {Path}: {Reason}")]
    private static partial void LogKept(ILogger logger, string path, string reason);
}
