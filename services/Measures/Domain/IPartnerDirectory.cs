namespace Nplv.Measures.Domain;

/// <summary>The partners a measure may name; owned by the partners service.</summary>
public interface IPartnerDirectory
{
    /// <summary>Those of <paramref name="partnerIds"/> that do not exist.</summary>
    Task<IReadOnlySet<Guid>> MissingAsync(IReadOnlyCollection<Guid> partnerIds, CancellationToken cancellationToken);
}
