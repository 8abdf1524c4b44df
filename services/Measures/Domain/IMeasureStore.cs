namespace Nplv.Measures.Domain;

/// <summary>Where measures are kept.</summary>
public interface IMeasureStore
{
    Task<Measure> CreateAsync(Guid? requestId, MeasureDraft draft, CancellationToken cancellationToken);

    /// <summary>Replaces the content when <paramref name="version"/> is still the measure's version.</summary>
    Task<Measure> UpdateAsync(Guid id, long version, MeasureDraft draft, CancellationToken cancellationToken);

    /// <summary>Deletes the measure when <paramref name="version"/> is still its version.</summary>
    Task DeleteAsync(Guid id, long version, CancellationToken cancellationToken);

    Task<Measure> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The measures with these ids, in the order asked; unknown ids are left out.</summary>
    Task<IReadOnlyList<Measure>> BatchGetAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<Measure>> ListAsync(MeasureFilter filter, int limit, Guid? afterId, CancellationToken cancellationToken);
}

/// <param name="AreaCodes">Measures running in any of these areas; empty for all.</param>
public sealed record MeasureFilter(Theme? Theme, IReadOnlyList<string> AreaCodes, MeasureStatus? Status, Guid? PartnerId);
