namespace Nplv.Measures.Domain;

/// <summary>The areas and indicators a measure may name; owned by the indicators service.</summary>
public interface IIndicatorDirectory
{
    /// <summary>Those of <paramref name="areaCodes"/> that do not exist.</summary>
    Task<IReadOnlySet<string>> MissingAreasAsync(IReadOnlyCollection<string> areaCodes, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="indicatorCodes"/> that do not exist.</summary>
    Task<IReadOnlySet<string>> MissingIndicatorsAsync(IReadOnlyCollection<string> indicatorCodes, CancellationToken cancellationToken);
}
