namespace Nplv.Measures.Domain;

/// <summary>The partners a measure may name; owned by the partners service.</summary>
public interface IPartnerDirectory
{
    /// <summary>Whether each partner exists, and whether it is archived.</summary>
    Task<IReadOnlyDictionary<Guid, PartnerStanding>> StandingAsync(IReadOnlyCollection<Guid> partnerIds, CancellationToken cancellationToken);
}

public enum PartnerStanding
{
    Active,
    Archived,
    Missing,
}
