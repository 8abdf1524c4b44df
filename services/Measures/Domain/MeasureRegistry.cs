using Nplv.Shared.Domain;

namespace Nplv.Measures.Domain;

/// <summary>The measures' rules: what may be created, and which references must exist.</summary>
public sealed class MeasureRegistry(IMeasureStore store, IPartnerDirectory partners)
{
    public async Task<Measure> CreateAsync(NewMeasure measure, Validator validator, CancellationToken cancellationToken)
    {
        measure.Validate(validator);
        validator.ThrowIfInvalid();

        if (!await partners.ExistsAsync(measure.LeadPartnerId, cancellationToken))
        {
            validator.Add("lead_partner_id", $"partner '{measure.LeadPartnerId}' does not exist").ThrowIfInvalid();
        }

        return await store.CreateAsync(measure, cancellationToken);
    }
}
