using Nplv.Shared.Domain;

namespace Nplv.Partners.Domain;

/// <summary>New details for partner <see cref="Id"/>, made from the partner as it was at <see cref="Version"/>.</summary>
public sealed record PartnerChange(Guid Id, long Version, PartnerDetails Details)
{
    public void Validate(Validator validator)
    {
        validator.Require(Version >= 1, "version", "must be at least 1");
        Details.Validate(validator);
    }

    /// <summary>
    /// Whether <paramref name="current"/>, which is no longer at <see cref="Version"/>, is what this change made.
    /// A change runs again when its commit went through but the answer was lost (the database work retries on a
    /// fresh connection; the client retries after a dropped call): it then meets the partner one version on, changed
    /// by an update (not an archive) to exactly its details, and answers with that partner instead of a conflict.
    /// Had another client made the very same change from the same version, answering success loses nothing either:
    /// the partner holds what both asked for.
    /// </summary>
    public bool IsAppliedIn(Partner current)
        => current.Version == Version + 1
           && current.UpdatedAt != current.ArchivedAt
           && Details.Normalized().AreHeldBy(current);
}
