using Nplv.Shared.Domain;

namespace Nplv.Partners.Domain;

/// <summary>A partner to create. <see cref="RequestId"/> makes a retried create return the first result.</summary>
public sealed record NewPartner(Guid? RequestId, PartnerDetails Details)
{
    public void Validate(Validator validator) => Details.Validate(validator);
}
