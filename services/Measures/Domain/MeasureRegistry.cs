using Nplv.Shared.Domain;

namespace Nplv.Measures.Domain;

/// <summary>The measures' rules: what may be created or changed, and which references must exist.</summary>
public sealed class MeasureRegistry(IMeasureStore store, IPartnerDirectory partners, IIndicatorDirectory indicators)
{
    public async Task<Measure> CreateAsync(Guid? requestId, MeasureDraft draft, Validator validator, CancellationToken cancellationToken)
    {
        draft.Validate(validator);
        validator.ThrowIfInvalid();
        await RequireKnownReferencesAsync(draft, validator, cancellationToken);

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

        await RequireKnownReferencesAsync(draft, validator, cancellationToken);
        // The store changes the measure only if it is still at the version checked above.
        return await store.UpdateAsync(id, version, draft, cancellationToken);
    }

    /// <summary>Asks the partners and indicators services together; every unknown reference becomes a field error.</summary>
    private async Task RequireKnownReferencesAsync(MeasureDraft draft, Validator validator, CancellationToken cancellationToken)
    {
        var partnerIds = draft.Participants.Select(p => p.PartnerId).Prepend(draft.LeadPartnerId).Distinct().ToList();
        var missingPartners = partners.MissingAsync(partnerIds, cancellationToken);
        var missingAreas = indicators.MissingAreasAsync([.. draft.AreaCodes.Distinct()], cancellationToken);
        var missingIndicators = indicators.MissingIndicatorsAsync([.. draft.Indicators.Select(i => i.IndicatorCode)], cancellationToken);
        await Task.WhenAll(missingPartners, missingAreas, missingIndicators);

        validator.Require(!missingPartners.Result.Contains(draft.LeadPartnerId), "lead_partner_id",
            $"partner '{draft.LeadPartnerId}' does not exist");
        for (var i = 0; i < draft.Participants.Count; i++)
        {
            validator.Require(!missingPartners.Result.Contains(draft.Participants[i].PartnerId), $"participants[{i}].partner_id",
                $"partner '{draft.Participants[i].PartnerId}' does not exist");
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
