namespace Nplv.Gateway.Imports;

/// <summary>
/// An uploaded file kept in a temporary file while it is sent on to the indicators service, so a large file never
/// sits in memory. Disposing it deletes it.
/// </summary>
public sealed class ImportFile : IAsyncDisposable
{
    private const int CopyBufferBytes = 81920;
    private readonly FileStream _stream;

    private ImportFile(FileStream stream, string name)
    {
        _stream = stream;
        Name = name;
    }

    /// <summary>The name the client gave the file, without any folders.</summary>
    public string Name { get; }

    public long Length => _stream.Length;

    /// <summary>The file copied from <paramref name="source"/>, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<ImportFile?> SaveAsync(
        Stream source, string name, string directory, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = new FileStream(
            ImportUploadFolder.NewFilePath(directory),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            CopyBufferBytes,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        var file = new ImportFile(stream, name);
        try
        {
            var buffer = new byte[CopyBufferBytes];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (stream.Length + read > maxBytes)
                {
                    await file.DisposeAsync();
                    return null;
                }

                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await stream.FlushAsync(cancellationToken);
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The file from its start, to be read once.</summary>
    public Stream OpenRead()
    {
        _stream.Position = 0;
        return _stream;
    }

    public async ValueTask DisposeAsync()
    {
        var path = _stream.Name;
        await _stream.DisposeAsync();
        // DeleteOnClose deletes it already; this covers a platform or failure where it did not. What a crash leaves
        // behind is deleted at the next start (ImportUploadFolder).
        File.Delete(path);
    }
}
