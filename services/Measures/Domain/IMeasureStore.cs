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
/// <param name="AsOf">The measures as they stood at this moment (from their history), filtered as they were then.</param>
public sealed record MeasureFilter(Theme? Theme, IReadOnlyList<string> AreaCodes, MeasureStatus? Status, Guid? PartnerId, DateTime? AsOf = null)
{
    /// <summary>The filter applied to a measure in memory, as the store's query applies it to the table.</summary>
    public bool Matches(Measure measure)
        => (Theme is null || measure.Content.Theme == Theme)
           && (Status is null || measure.Content.Status == Status)
           && (AreaCodes.Count == 0 || measure.Content.AreaCodes.Any(AreaCodes.Contains))
           && (PartnerId is null || measure.Content.PartnerIds().Contains(PartnerId.Value));
}
