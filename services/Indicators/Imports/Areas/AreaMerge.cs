using Nplv.Indicators.Domain;

namespace Nplv.Indicators.Imports.Areas;

/// <summary>
/// How what is known of an area grows with each division read. A code that survives a redivision stays one area,
/// valid over every division that has it; the newest division names it and places it; the newest count of
/// inhabitants is kept.
/// </summary>
public static class AreaMerge
{
    /// <summary>The same code read twice from one file.</summary>
    public static ImportedArea Union(ImportedArea first, ImportedArea second)
    {
        var newer = IsNewer(second.ValidTo, first.ValidTo) ? second : first;
        var counted = (second.PopulationYear ?? 0) >= (first.PopulationYear ?? 0) && second.Population is not null ? second : first;
        return newer with
        {
            Name = newer.Name ?? first.Name ?? second.Name,
            ValidFrom = Math.Min(first.ValidFrom, second.ValidFrom),
            ValidTo = LatestEnd(first.ValidTo, second.ValidTo),
            Population = counted.Population,
            PopulationYear = counted.PopulationYear,
        };
    }

    /// <summary>The area as stored once <paramref name="read"/> is added to it (or as read, when it is new).</summary>
    public static Area Into(Area? stored, ImportedArea read)
    {
        if (stored is null)
        {
            return new Area(
                read.Code, read.Name ?? read.Code, read.Level, read.ParentCode, read.ValidFrom, read.ValidTo, read.Population,
                read.PopulationYear, read.Source);
        }

        var newer = IsNewer(read.ValidTo, stored.ValidToYear);
        var counted = read.Population is not null && (read.PopulationYear ?? 0) >= (stored.PopulationYear ?? 0);
        return stored with
        {
            Name = newer && read.Name is not null ? read.Name : stored.Name,
            Level = newer ? read.Level : stored.Level,
            ParentCode = newer ? read.ParentCode : stored.ParentCode,
            ValidFromYear = Math.Min(stored.ValidFromYear, read.ValidFrom),
            ValidToYear = LatestEnd(stored.ValidToYear, read.ValidTo),
            Population = counted ? read.Population : stored.Population,
            PopulationYear = counted ? read.PopulationYear : stored.PopulationYear,
            Source = newer ? read.Source : stored.Source,
        };
    }

    /// <summary>A division still current (no last year) is newer than any that ended.</summary>
    private static bool IsNewer(int? end, int? than) => (end ?? int.MaxValue) >= (than ?? int.MaxValue);

    private static int? LatestEnd(int? a, int? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
}
