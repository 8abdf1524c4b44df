namespace Nplv.Measures.Domain;

/// <summary>Where measures are kept.</summary>
public interface IMeasureStore
{
    Task<Measure> CreateAsync(NewMeasure measure, CancellationToken cancellationToken);

    Task<Measure> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Measure>> ListAsync(int limit, Guid? afterId, CancellationToken cancellationToken);
}
