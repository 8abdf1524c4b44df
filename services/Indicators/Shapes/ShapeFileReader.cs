namespace Nplv.Indicators.Shapes;

/// <summary>Reads a shape file in either of CBS's forms. A GeoPackage is an SQLite database, read from a file.</summary>
public static class ShapeFileReader
{
    public static async Task<ShapeFile> ReadFileAsync(string path, ShapeFileFormat format, CancellationToken cancellationToken)
    {
        if (format == ShapeFileFormat.GeoPackage)
        {
            return GeoPackageShapeReader.Read(path);
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await GeoJsonShapeReader.ReadAsync(file, cancellationToken);
    }

    public static async Task<ShapeFile> ReadAsync(Stream file, ShapeFileFormat format, CancellationToken cancellationToken)
    {
        if (format == ShapeFileFormat.GeoJson)
        {
            return await GeoJsonShapeReader.ReadAsync(file, cancellationToken);
        }

        var path = Path.GetTempFileName();
        try
        {
            await using (var copy = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await file.CopyToAsync(copy, cancellationToken);
            }

            return GeoPackageShapeReader.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
