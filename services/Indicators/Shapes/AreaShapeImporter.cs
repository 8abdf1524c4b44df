using System.Text.Json;
using Nplv.Indicators.Data;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Shapes;

/// <summary>What an import of a kaart did, beside its counts: the areas outside the region it was asked for.</summary>
public sealed record ShapeImportOutcome(int Written, int Unchanged, int Skipped);

/// <summary>
/// Imports a division's outlines from a CBS kaart: read, narrowed to a region (the national kaart holds every gemeente),
/// every remaining code checked against the service's areas and their years, simplified together, then written all or
/// none. A file that cannot be used is the request's error, its reason in the <c>file</c> field; nothing is written.
/// </summary>
public sealed class AreaShapeImporter(ObservationStore references, AreaShapeStore shapes)
{
    public async Task<ShapeImportOutcome> ImportAsync(
        string path, ShapeFileFormat format, int divisionYear, string? region, string source, CancellationToken cancellationToken)
    {
        ShapeFile file;
        try
        {
            file = await ShapeFileReader.ReadFileAsync(path, format, cancellationToken);
        }
        catch (ShapeFileException ex)
        {
            throw FileError(ex.Message);
        }

        var wanted = region is null ? file.Features : [.. file.Features.Where(feature => InRegion(feature.Code, region))];
        if (wanted.Count == 0)
        {
            throw FileError(region is null ? "The file holds no areas." : $"The file holds no areas of {region}.");
        }

        var known = await references.KnownCodesAsync([], wanted.Select(feature => feature.Code), cancellationToken);
        var unknown = wanted.Where(feature => !known.IsValidArea(feature.Code, divisionYear)).Select(feature => feature.Code).ToList();
        if (unknown.Count > 0)
        {
            throw FileError($"{unknown.Count} of its areas are not areas of {divisionYear} here: {string.Join(", ", unknown.Take(10))}" +
                (unknown.Count > 10 ? ", ..." : "") + (region is null ? ". Import the areas first, or name the region." : ". Import the areas first."));
        }

        IReadOnlyList<PreparedShape> prepared;
        try
        {
            prepared = ShapePreparation.Prepare(file with { Features = wanted });
        }
        catch (ShapeFileException ex)
        {
            throw FileError(ex.Message);
        }

        List<PreparedShapeRow> rows;
        try
        {
            rows = [.. prepared.Select(shape => new PreparedShapeRow(
                shape.Code, JsonSerializer.Serialize(shape.Geometry, ShapeJson.Options), shape.SourceVertices, shape.Geometry.NumPoints))];
        }
        catch (ArgumentException ex)
        {
            throw FileError($"An outline cannot be written as GeoJSON: {ex.Message}");
        }

        var result = await shapes.SaveAsync(divisionYear, rows, source, cancellationToken);
        return new ShapeImportOutcome(result.Written, result.Unchanged, file.Features.Count - wanted.Count);
    }

    /// <summary>Whether a CBS code (GM0014, WK001410, BU00141000) lies in the gemeente <paramref name="region"/> (GM0014).</summary>
    public static bool InRegion(string code, string region)
        => code.Length >= 6 && region.Length == 6 && string.CompareOrdinal(code, 2, region, 2, 4) == 0;

    private static ValidationFailedException FileError(string description) => new([new FieldError("file", description)]);
}
