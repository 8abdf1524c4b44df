using Nplv.Shared.Domain;

namespace Nplv.Measures.Domain;

/// <summary>The measures' rules: what may be created or changed, and which references must exist.</summary>
public sealed class MeasureRegistry(IMeasureStore store, IPartnerDirectory partners, IIndicatorDirectory indicators)
{
    public async Task<Measure> CreateAsync(Guid? requestId, MeasureDraft draft, Validator validator, CancellationToken cancellationToken)
    {
        draft.Validate(validator);
        validator.ThrowIfInvalid();
        await RequireKnownReferencesAsync(draft, keptPartners: new HashSet<Guid>(), validator, cancellationToken);

        return await store.CreateAsync(requestId, draft, cancellationToken);
    }

    public async Task<Measure> UpdateAsync(Guid id, long version, MeasureDraft draft, Validator validator, CancellationToken cancellationToken)
    {
        draft.Validate(validator);
        validator.ThrowIfInvalid();

        var current = await store.GetAsync(id, cancellationToken);
        if (current.Version != version)
        {
            throw new VersionConflictException("measure", id.ToString(), version, current.Version);
        }

        if (!MeasureStatusTransitions.IsAllowed(current.Content.Status, draft.Status))
        {
            throw new StateConflictException("measure", id.ToString(),
                $"a measure that is {current.Content.Status.ToString().ToLowerInvariant()} cannot become {draft.Status.ToString().ToLowerInvariant()}");
        }

        await RequireKnownReferencesAsync(draft, current.Content.PartnerIds(), validator, cancellationToken);
        // The store changes the measure only if it is still at the version checked above.
        return await store.UpdateAsync(id, version, draft, cancellationToken);
    }

    /// <summary>
    /// Asks the partners and indicators services together; every unknown reference becomes a field error. A partner
    /// archived since it joined may stay, but an archived partner cannot join.
    /// </summary>
    private async Task RequireKnownReferencesAsync(
        MeasureDraft draft, IReadOnlySet<Guid> keptPartners, Validator validator, CancellationToken cancellationToken)
    {
        var standing = partners.StandingAsync([.. draft.PartnerIds()], cancellationToken);
        var missingAreas = indicators.MissingAreasAsync([.. draft.AreaCodes.Distinct()], cancellationToken);
        var missingIndicators = indicators.MissingIndicatorsAsync([.. draft.Indicators.Select(i => i.IndicatorCode)], cancellationToken);
        await Task.WhenAll(standing, missingAreas, missingIndicators);

        void RequirePartner(Guid partnerId, string field)
        {
            var partner = standing.Result[partnerId];
            validator
                .Require(partner != PartnerStanding.Missing, field, $"partner '{partnerId}' does not exist")
                .Require(partner != PartnerStanding.Archived || keptPartners.Contains(partnerId), field,
                    $"partner '{partnerId}' is archived");
        }

        RequirePartner(draft.LeadPartnerId, "lead_partner_id");
        for (var i = 0; i < draft.Participants.Count; i++)
        {
            RequirePartner(draft.Participants[i].PartnerId, $"participants[{i}].partner_id");
        }

        for (var i = 0; i < draft.AreaCodes.Count; i++)
        {
            validator.Require(!missingAreas.Result.Contains(draft.AreaCodes[i]), $"area_codes[{i}]",
                $"area '{draft.AreaCodes[i]}' does not exist");
        }

        for (var i = 0; i < draft.Indicators.Count; i++)
        {
            validator.Require(!missingIndicators.Result.Contains(draft.Indicators[i].IndicatorCode), $"indicators[{i}].indicator_code",
                $"indicator '{draft.Indicators[i].IndicatorCode}' does not exist");
        }

        validator.ThrowIfInvalid();
    }
}
